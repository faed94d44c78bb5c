import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (TypeORM does not manage triggers): every change to children, indications, placements
 * or attendance marks the publications of the municipality-years its children count in as stale, in
 * the same statement's transaction, whatever wrote it (a mutation, an import, a bulk load, a purge, SQL by
 * hand). Statement-level triggers with transition tables: one INSERT ... SELECT per statement, not one per
 * row, so a COPY of millions of rows costs one set-based statement.
 */
export class FiguresStaleTriggers1796125000000 implements MigrationInterface {
  name = 'FiguresStaleTriggers1796125000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // TG_ARGV[0]: how the changed rows lead to a child; TG_ARGV[1..]: the transition tables to read.
    await queryRunner.query(`
      CREATE FUNCTION children.figures_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        changed text;
        children_of text;
      BEGIN
        FOR i IN 1 .. TG_NARGS - 1 LOOP
          changed := quote_ident(TG_ARGV[i]);
          children_of := CASE TG_ARGV[0]
            WHEN 'child' THEN format('SELECT t.municipality_code, t.birth_month FROM %s t', changed)
            WHEN 'child_id' THEN format('SELECT c.municipality_code, c.birth_month FROM %s t JOIN children.child c ON c.id = t.child_id', changed)
            ELSE format('SELECT c.municipality_code, c.birth_month FROM %s t JOIN children.placement p ON p.id = t.placement_id JOIN children.child c ON c.id = p.child_id', changed)
          END;
          EXECUTE format(
            'INSERT INTO children.figures_stale (municipality_code, year, marked_at)
             SELECT code, y, clock_timestamp() FROM (
               SELECT DISTINCT k.municipality_code AS code, y
               FROM (%s) k, generate_series(extract(year FROM k.birth_month)::int + 2, extract(year FROM k.birth_month)::int + 5) AS y
             ) touched
             ON CONFLICT (municipality_code, year) DO UPDATE SET marked_at = EXCLUDED.marked_at', children_of);
        END LOOP;
        RETURN NULL;
      END
      $fn$`);
    for (const [table, via] of [['child', 'child'], ['indication', 'child_id'], ['placement', 'child_id'], ['attendance', 'placement_id']]) {
      await queryRunner.query(
        `CREATE TRIGGER figures_stale_insert AFTER INSERT ON children.${table} REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION children.figures_mark_stale('${via}', 'changed_new')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER figures_stale_update AFTER UPDATE ON children.${table} REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION children.figures_mark_stale('${via}', 'changed_old', 'changed_new')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER figures_stale_delete AFTER DELETE ON children.${table} REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION children.figures_mark_stale('${via}', 'changed_old')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['child', 'indication', 'placement', 'attendance']) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER figures_stale_${event} ON children.${table}`);
    }
    await queryRunner.query(`DROP FUNCTION children.figures_mark_stale()`);
  }
}
