import { groupedByArgument, groupedLoader, keyedLoader, loadAll, loadExisting } from '../loaders';

describe('loaders', () => {
  it('batch every key of a tick into one fetch and return rows in key order', async () => {
    const fetches: string[][] = [];
    const loader = keyedLoader(
      async (keys: readonly string[]) => {
        fetches.push([...keys]);
        return keys.filter((k) => k !== 'missing').reverse().map((id) => ({ id }));
      },
      (row) => row.id,
    );
    const results = await Promise.all(['b', 'a', 'missing', 'c'].map((k) => loader.load(k)));
    expect(results).toEqual([{ id: 'b' }, { id: 'a' }, null, { id: 'c' }]);
    expect(fetches).toHaveLength(1);
  });

  it('group one-to-many rows per key, with empty lists for keys without rows', async () => {
    const loader = groupedLoader(
      async () => [{ parent: 'x', n: 1 }, { parent: 'y', n: 2 }, { parent: 'x', n: 3 }],
      (row) => row.parent,
    );
    expect(await loader.loadMany(['x', 'z', 'y'])).toEqual([[{ parent: 'x', n: 1 }, { parent: 'x', n: 3 }], [], [{ parent: 'y', n: 2 }]]);
  });

  it('loadExisting returns the row of a stored key and fails naming a missing one', async () => {
    const loader = keyedLoader(async (keys: readonly string[]) => keys.filter((k) => k !== 'gone').map((id) => ({ id })), (row) => row.id);
    expect(await loadExisting(loader, 'here', 'coalition')).toEqual({ id: 'here' });
    await expect(loadExisting(loader, 'gone', 'coalition')).rejects.toThrow('coalition gone does not exist');
  });

  describe('groupedByArgument', () => {
    interface Row {
      owner: string;
      year: number | null;
      n: number;
    }
    const ROWS: Row[] = [
      { owner: 'a', year: 2023, n: 1 },
      { owner: 'b', year: 2023, n: 2 },
      { owner: 'a', year: 2024, n: 3 },
      { owner: 'a', year: 2023, n: 4 },
    ];
    const loaderOf = (fetches: [unknown, string[]][]) =>
      groupedByArgument<number | null, Row>(async (year, owners) => {
        fetches.push([year, owners]);
        return ROWS.filter((r) => owners.includes(r.owner) && (year === null || r.year === year));
      }, (r) => r.owner);

    it('runs one fetch per distinct argument, each owner once, and gives every key the rows of its own argument', async () => {
      const fetches: [unknown, string[]][] = [];
      const loader = loaderOf(fetches);
      const results = await Promise.all([
        loader.load({ owner: 'a', argument: 2023 }),
        loader.load({ owner: 'b', argument: 2023 }),
        loader.load({ owner: 'a', argument: 2024 }),
        loader.load({ owner: 'a', argument: null }),
        loader.load({ owner: 'c', argument: 2023 }),
        loader.load({ owner: 'a', argument: 2023 }),
      ]);
      expect(results.map((rows) => rows.map((r) => r.n))).toEqual([[1, 4], [2], [3], [1, 3, 4], [], [1, 4]]);
      expect(fetches).toEqual([
        [2023, ['a', 'b', 'c']],
        [2024, ['a']],
        [null, ['a']],
      ]);
    });

    it('treats an argument object by value, and tells a number from the same digits as a string', async () => {
      const fetches: unknown[] = [];
      const loader = groupedByArgument<{ year: number } | string | number, { owner: string }>(async (argument, owners) => {
        fetches.push(argument);
        return owners.map((owner) => ({ owner }));
      }, (r) => r.owner);
      await Promise.all([
        loader.load({ owner: 'a', argument: { year: 1 } }),
        loader.load({ owner: 'b', argument: { year: 1 } }),
        loader.load({ owner: 'a', argument: 1 }),
        loader.load({ owner: 'a', argument: '1' }),
      ]);
      expect(fetches).toEqual([{ year: 1 }, 1, '1']);
    });

    it('caches per owner and argument within the loader', async () => {
      const fetches: [unknown, string[]][] = [];
      const loader = loaderOf(fetches);
      await loader.load({ owner: 'a', argument: 2023 });
      await loader.load({ owner: 'a', argument: 2023 });
      await loader.load({ owner: 'a', argument: 2024 });
      expect(fetches).toEqual([[2023, ['a']], [2024, ['a']]]);
    });
  });

  it('loadAll throws the first per-key error that loadMany would hand back in the list', async () => {
    const loader = keyedLoader(
      async (keys: readonly string[]) => {
        if (keys.includes('bad')) throw new Error('database down');
        return keys.map((id) => ({ id }));
      },
      (row) => row.id,
    );
    expect(await loadAll(loader, ['x', 'y'])).toEqual([{ id: 'x' }, { id: 'y' }]);
    await expect(loadAll(loader, ['z', 'bad'])).rejects.toThrow('database down');
  });
});
