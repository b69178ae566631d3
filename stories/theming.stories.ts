import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { tokenDefaults, type Token } from '../src/styles/tokens.js';
import { SAMPLE_FEED } from './support/story-feeds.js';

type Args = Partial<Record<Token, string>>;

const colour = (name: Token) => name.startsWith('--ero-color-');

/** Every --ero- token as a control, applied live to every component below. */
const meta: Meta<Args> = {
  title: 'Guides/Theming',
  args: { ...tokenDefaults },
  argTypes: Object.fromEntries(
    Object.keys(tokenDefaults).map((name) => [
      name,
      { control: colour(name as Token) ? 'color' : 'text', table: { defaultValue: { summary: tokenDefaults[name as Token] } } },
    ]),
  ),
  parameters: { docs: { description: { component: 'Set these custom properties on the element or any ancestor. Every component follows.' } } },
  render: (args) => html`
    <div style=${styleMap(args as Record<string, string>)}>
      <style>
        /* Token names are long words: they break rather than push the page sideways on a phone. */
        .tokens {
          width: 100%;
          table-layout: fixed;
        }
        .tokens :is(th, td) {
          overflow-wrap: anywhere;
        }
      </style>
      <table class="tokens">
        <caption>--ero- tokens and their current values</caption>
        <thead><tr><th scope="col">Token</th><th scope="col">Default</th><th scope="col">Now</th></tr></thead>
        <tbody>
          ${Object.entries(tokenDefaults).map(
            ([name, fallback]) => html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td><code>${fallback}</code></td>
              <td>
                ${colour(name as Token)
                  ? html`<span aria-hidden="true" style=${styleMap({ display: 'inline-block', width: '1.5em', height: '1em', border: '1px solid #767676', background: `var(${name})` })}></span>`
                  : ''}
                <code>${(args as Record<string, string>)[name] ?? fallback}</code>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      <ero-quick-exit @ero-quick-exit=${(e: Event) => e.preventDefault()}></ero-quick-exit>
      <ero-contact-list src=${SAMPLE_FEED} organization="viola"></ero-contact-list>
    </div>
  `,
};
export default meta;

export const AllTokens: StoryObj<Args> = { name: 'All tokens, live' };
