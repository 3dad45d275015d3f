import { describe, expect, it } from 'vitest';
import type { Row } from '../../../lib/popup/rows';
import { moveForKey, moveSelection, type Move } from '../../../lib/popup/selection';
import { bookmark } from './factories';

const h = (t: string): Row => ({ kind: 'header', key: `h${t}`, title: t });
const b = (r: string): Row => ({ kind: 'bookmark', key: `b${r}`, bookmark: bookmark({ account: 'a', roleName: r }) });
// 0:#A 1:x 2:y 3:#B 4:z 5:#C 6:w
const rows = [h('A'), b('x'), b('y'), h('B'), b('z'), h('C'), b('w')];

describe('moveSelection', () => {
  it.each<[number, Move, number]>([
    [-1, 'next', 1],
    [-1, 'previous', 6],
    [1, 'next', 2],
    [2, 'next', 4], // skips the header
    [4, 'previous', 2],
    [1, 'previous', 1], // stays at the top
    [6, 'next', 6], // stays at the bottom
    [4, 'first', 1],
    [1, 'last', 6],
    [1, 'pageDown', 6],
    [6, 'pageUp', 1],
  ])('from %i, %s → %i', (from, move, to) => expect(moveSelection(rows, from, move)).toBe(to));

  it('moves by a page, landing on a selectable row', () => {
    expect(moveSelection(rows, 1, 'pageDown', 2)).toBe(4);
    expect(moveSelection(rows, 6, 'pageUp', 3)).toBe(2);
  });

  it('returns -1 when nothing can be selected', () => {
    expect(moveSelection([h('A')], -1, 'next')).toBe(-1);
    expect(moveSelection([], -1, 'last')).toBe(-1);
  });
});

it.each([
  ['ArrowDown', 'next'],
  ['ArrowUp', 'previous'],
  ['Home', 'first'],
  ['End', 'last'],
  ['PageDown', 'pageDown'],
  ['PageUp', 'pageUp'],
  ['a', null],
  ['Enter', null],
])('key %s moves %s', (key, move) => expect(moveForKey(key)).toBe(move));
