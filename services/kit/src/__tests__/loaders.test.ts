import { groupedLoader, keyedLoader, loadExisting } from '../loaders';

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
});
