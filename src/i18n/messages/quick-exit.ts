/** UI strings of <ero-quick-exit>. */
import type { Lang } from '../lang.js';

const fi = {
  exit: 'Poistu sivulta nopeasti',
  hint: 'tai paina vaihtonäppäintä (Shift) 3 kertaa',
  pressed: (count: number, needed: number) =>
    `Vaihtonäppäintä painettu ${count} ${count === 1 ? 'kerran' : 'kertaa'}. Paina vielä ${needed - count} ${
      needed - count === 1 ? 'kerran' : 'kertaa'
    } poistuaksesi sivulta.`,
  leaving: 'Poistutaan sivulta.',
  adviceTitle: 'Näin selaat turvallisemmin',
  adviceLink: 'Ohjeet turvallisempaan selaamiseen',
  advice: [
    'Pikapoistuminen vaihtaa sivun, mutta ei poista sitä selaimen historiasta.',
    'Käytä yksityistä selausta (InPrivate tai incognito), jolloin historiaa ei tallenneta.',
    'Voit poistaa yksittäiset sivut selaimen historiasta tai tyhjentää historian selaimen asetuksista.',
    'Jos epäilet, että laitettasi seurataan, käytä esimerkiksi kirjaston tai ystävän laitetta.',
  ],
};

export type QuickExitMessages = typeof fi;

const sv: QuickExitMessages = {
  exit: 'Lämna sidan snabbt',
  hint: 'eller tryck på skifttangenten (Shift) 3 gånger',
  pressed: (count, needed) =>
    `Skifttangenten har tryckts ${count} ${count === 1 ? 'gång' : 'gånger'}. Tryck ${needed - count} ${
      needed - count === 1 ? 'gång' : 'gånger'
    } till för att lämna sidan.`,
  leaving: 'Sidan lämnas.',
  adviceTitle: 'Så surfar du tryggare',
  adviceLink: 'Råd för tryggare surfande',
  advice: [
    'Snabbutgången byter sida, men tar inte bort sidan ur webbläsarens historik.',
    'Använd privat surfning (InPrivate eller inkognito), så sparas ingen historik.',
    'Du kan ta bort enskilda sidor ur historiken eller rensa hela historiken i webbläsarens inställningar.',
    'Om du misstänker att din enhet övervakas, använd till exempel ett biblioteks eller en väns enhet.',
  ],
};

const en: QuickExitMessages = {
  exit: 'Exit this page quickly',
  hint: 'or press the Shift key 3 times',
  pressed: (count, needed) =>
    `Shift pressed ${count} ${count === 1 ? 'time' : 'times'}. Press ${needed - count} more ${
      needed - count === 1 ? 'time' : 'times'
    } to leave the page.`,
  leaving: 'Leaving the page.',
  adviceTitle: 'How to browse more safely',
  adviceLink: 'Advice on browsing more safely',
  advice: [
    'Quick exit changes the page, but it does not remove this page from your browser history.',
    'Use private browsing (InPrivate or incognito) so that no history is kept.',
    'You can delete single pages from your browser history, or clear it, in the browser settings.',
    'If you think your device is being watched, use another one, for example at a library or a friend\'s.',
  ],
};

export const quickExitMessages: Readonly<Record<Lang, QuickExitMessages>> = { fi, sv, en };
