/**
 * A channel row of the spreadsheet layout: one way to reach a service (an office, a phone line,
 * a chat…) with its own contacts and hours, added to the service whose id its "service" cell names.
 */
import type { Address, ChannelType, ServiceChannel } from '../feed/types.js';
import type { Draft } from './feed-builder.js';
import { CellError, rowHours, splitList, type Column, type Row } from './csv-row.js';
import { toChannel } from './vocabulary.js';

const TYPES: Record<string, ChannelType> = { 'e-service': 'e-service', 'e-palvelu': 'e-service', 'sähköinen asiointi': 'e-service', lomake: 'e-service', 'e-tjänst': 'e-service', form: 'e-service' };

function channelType(value: string): ChannelType | undefined {
  return TYPES[value.trim().toLowerCase()] ?? toChannel(value);
}

/** The feed field of a channel path ("phones[0].label.sv") as its column. */
export function channelColumn(field: string): Column | undefined {
  const [head, sub, lang] = field.replace(/\[\d+\]/g, '').split('.');
  const localized = (base: string, l = lang ?? sub): Column => `${base}_${['fi', 'sv', 'en'].includes(l) ? l : 'fi'}` as Column;
  if (head === 'type') return 'channel_type';
  if (head === 'name' || head === 'description' || head === 'instructions' || head === 'accessibility') return localized(head, sub);
  if (head === 'hoursNote') return localized('hours_note', sub);
  if (head === 'phones') return sub === 'label' ? localized('phone_label') : 'phone';
  if (head === 'emails') return 'email';
  if (head === 'urls') return 'url';
  if (head === 'hours') return 'hours';
  if (head === 'languages') return 'languages';
  if (head === 'address') return ({ postalCode: 'postal_code', locality: 'locality', name: localized('place', lang) } as Record<string, Column>)[sub] ?? 'street';
  return undefined;
}

export function csvChannel(row: Row, address: Address | undefined): Draft<ServiceChannel> {
  const value = row.get('channel_type') ?? '';
  const type = channelType(value);
  if (!type) throw new CellError('channel_type', `"${value}" is not a kind of channel`, 'use on-site, phone, video, chat, web or e-service (or paikan päällä, puhelin, verkossa, e-palvelu)');
  const channel: Draft<ServiceChannel> = { type };
  if (row.get('id')) channel.id = row.get('id');
  const name = row.text('name');
  if (name) channel.name = name;
  const description = row.text('description');
  if (description) channel.description = description;
  const phones = splitList(row.get('phone') ?? '');
  const label = row.text('phone_label');
  if (label && phones.length !== 1) throw new CellError('phone_label_fi', 'a phone label needs exactly one number in the phone cell', 'put each labelled number on a channel row of its own');
  if (phones.length) channel.phones = phones.map((number) => ({ number, ...(label && { label }) }));
  const emails = splitList(row.get('email') ?? '');
  if (emails.length) channel.emails = emails.map((address) => ({ address }));
  const urls = (row.get('url') ?? '').split(/[\s;,]+/).filter(Boolean);
  if (urls.length) channel.urls = urls.map((url) => ({ url }));
  if (address) channel.address = address;
  const hours = rowHours(row);
  if (hours) channel.hours = hours;
  const note = row.text('hours_note');
  if (note) channel.hoursNote = note;
  const languages = row.list('languages', (v) => v.toLowerCase(), 'a language', '');
  if (languages) channel.languages = languages;
  const instructions = row.text('instructions');
  if (instructions) channel.instructions = instructions;
  const accessibility = row.text('accessibility');
  if (accessibility) channel.accessibility = accessibility;
  return channel;
}
