import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of cases: what the inbox, the case page and the reports read. Workflows are the truth for steps in
 * flight; activities write these rows idempotently (unique keys, guarded updates), so the projection can be rebuilt.
 */
export class CreateCaseReadModel1764000000000 implements MigrationInterface {
  name = 'CreateCaseReadModel1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        procedure_code text NOT NULL,
        procedure_version integer NOT NULL,
        org_unit_id uuid NOT NULL REFERENCES org_units(id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        status text NOT NULL DEFAULT 'open',
        received_at date NOT NULL,
        legal_due_date date,
        data jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    // Lists: newest first per unit, keyset on (created_at, id).
    await q.query(`CREATE INDEX cases_unit_created_idx ON cases (org_unit_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX cases_procedure_status_idx ON cases (procedure_code, status)`);

    // Case codes are gap-free per prefix and year (TL-2026-0001): one counter row, bumped in the intake transaction.
    await q.query(`
      CREATE TABLE case_counters (
        prefix text NOT NULL,
        year integer NOT NULL,
        last_number integer NOT NULL,
        PRIMARY KEY (prefix, year)
      )`);

    // The Idempotency-Key of POST /api/cases: the same key and body give the same case, once.
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        step_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('action', 'escalation')),
        name text NOT NULL,
        assignee_role text NOT NULL,
        assignee_unit_id uuid NOT NULL REFERENCES org_units(id),
        assignee_user_id uuid REFERENCES users(id),
        owner_user_id uuid REFERENCES users(id),
        allowed_actions text[] NOT NULL DEFAULT '{}',
        about_task_id uuid REFERENCES tasks(id) ON DELETE CASCADE,
        escalation_level integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        due_date date,
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        completed_by uuid REFERENCES users(id),
        outcome text,
        comment text
      )`);
    // The inbox: open tasks of a role in a unit, or of a named user, overdue first (by due date), keyset on id.
    await q.query(`CREATE INDEX tasks_open_by_role_idx ON tasks (assignee_unit_id, assignee_role, due_date, id) WHERE status = 'open' AND assignee_user_id IS NULL`);
    await q.query(`CREATE INDEX tasks_open_by_user_idx ON tasks (assignee_user_id, due_date, id) WHERE status = 'open'`);
    await q.query(`CREATE INDEX tasks_case_idx ON tasks (case_id, created_at)`);

    // Append-only history of a case; event_key makes a retried write a no-op.
    await q.query(`
      CREATE TABLE timeline_events (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        event_key text NOT NULL,
        at timestamptz NOT NULL,
        kind text NOT NULL,
        step_key text,
        actor_user_id uuid REFERENCES users(id),
        actor_name text,
        comment text,
        data jsonb,
        UNIQUE (case_id, event_key)
      )`);

    // The notification outbox: shown in-app; the email channel reads it too (sent once per row).
    await q.query(`
      CREATE TABLE notifications (
        id bigserial PRIMARY KEY,
        dedupe_key text NOT NULL UNIQUE,
        case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
        task_id uuid REFERENCES tasks(id) ON DELETE SET NULL,
        recipient_user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        recipient_role text,
        recipient_unit_id uuid REFERENCES org_units(id),
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CHECK (recipient_user_id IS NOT NULL OR (recipient_role IS NOT NULL AND recipient_unit_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (recipient_user_id, id DESC)`);
    await q.query(`CREATE INDEX notifications_role_idx ON notifications (recipient_unit_id, recipient_role, id DESC)`);

    // Issued documents, numbered per issuer, type and year (NĐ 30/2020 Art. 15): gap-free, one series for secret ones.
    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid REFERENCES cases(id) ON DELETE RESTRICT,
        kind text NOT NULL,
        type_code text NOT NULL,
        issuer_unit_id uuid NOT NULL REFERENCES org_units(id),
        issuer_code text NOT NULL,
        year integer NOT NULL,
        secret boolean NOT NULL DEFAULT false,
        number integer NOT NULL CHECK (number > 0),
        number_text text NOT NULL,
        issued_on date NOT NULL,
        signer_user_id uuid REFERENCES users(id),
        signer_name text NOT NULL,
        signer_title text,
        summary text NOT NULL,
        issued_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (issuer_unit_id, type_code, year, secret, number),
        UNIQUE (case_id, kind)
      )`);
    await q.query(`
      CREATE TABLE document_counters (
        issuer_unit_id uuid NOT NULL REFERENCES org_units(id),
        type_code text NOT NULL,
        year integer NOT NULL,
        secret boolean NOT NULL,
        last_number integer NOT NULL,
        PRIMARY KEY (issuer_unit_id, type_code, year, secret)
      )`);

    // Ủy quyền while a leader is away: the principal's steps go to the substitute for those dates.
    await q.query(`
      CREATE TABLE stand_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        principal_user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        substitute_user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        org_unit_id uuid NOT NULL REFERENCES org_units(id),
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        scope text NOT NULL,
        reference text NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to >= valid_from),
        CHECK (principal_user_id <> substitute_user_id)
      )`);
    await q.query(`CREATE INDEX stand_ins_substitute_idx ON stand_ins (substitute_user_id, valid_from, valid_to)`);

    // A CĐCS recognised by a case: the org unit remembers which decision created it (idempotent per case).
    await q.query(`ALTER TABLE org_units ADD COLUMN source_case_id uuid UNIQUE REFERENCES cases(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org_units DROP COLUMN source_case_id`);
    for (const table of ['stand_ins', 'document_counters', 'documents', 'notifications', 'timeline_events', 'tasks', 'idempotency_keys', 'case_counters', 'cases']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
