/**
 * A component's UI strings in the three languages: Finnish is in the bundle, Swedish and English
 * are loaded the first time a page shows them (their own small modules in the split and npm
 * builds), so a Finnish page never downloads the other two. Every set registers itself, and an
 * element waits for `loadLanguage()` before it renders, so it never shows Finnish first.
 */
import type { Lang } from './lang.js';

type Other = Exclude<Lang, 'fi'>;
type Loader<T> = () => Promise<{ default: T }>;

const all = new Set<Translations<unknown>>();

export class Translations<T> {
  private readonly ready: Partial<Record<Lang, T>>;
  private readonly pending = new Map<Lang, Promise<void>>();

  /** `name` says which strings these are in the console message when a language fails to load. */
  constructor(
    private readonly name: string,
    fi: T,
    private readonly loaders: Readonly<Record<Other, Loader<T>>>,
  ) {
    this.ready = { fi };
    all.add(this as Translations<unknown>);
  }

  /** The strings in `lang`; Finnish while that language has not loaded, or could not be. */
  in(lang: Lang): T {
    return this.ready[lang] ?? (this.ready.fi as T);
  }

  /** Whether `lang` is here (or has failed, which leaves Finnish). */
  has(lang: Lang): boolean {
    return lang in this.ready;
  }

  /** Gives the strings of `lang` at once, as the command line and tests do, which load every language. */
  add(lang: Other, strings: T): void {
    this.ready[lang] = strings;
  }

  /** Loads `lang` once; undefined when it is here. The promise never rejects. */
  load(lang: Lang): Promise<void> | undefined {
    if (this.has(lang)) return undefined;
    let loading = this.pending.get(lang);
    if (!loading) {
      loading = this.loaders[lang as Other]().then(
        (module) => this.add(lang as Other, module.default),
        (error: unknown) => {
          this.ready[lang] = this.ready.fi;
          console.warn(`[eroauttaminen] The ${lang} texts of ${this.name} could not be loaded, so they are shown in Finnish:`, error);
        },
      );
      this.pending.set(lang, loading);
    }
    return loading;
  }
}

/**
 * Loads `lang` for every set of strings that the page's code holds; undefined when all are here,
 * so an element renders in the same task as before when nothing is missing.
 */
export function loadLanguage(lang: Lang): Promise<unknown> | undefined {
  const waits = [...all].map((set) => set.load(lang)).filter((wait) => wait !== undefined);
  return waits.length ? Promise.all(waits) : undefined;
}
