// Webhooks: subscriptions (URL, event types, signing secret), one delivery row per (event,
// subscription) with its attempts, and the triggers that turn changes into events. The triggers
// write an outbox row in the transaction of the change itself — so no event survives a rollback —
// and only while an active subscription wants that event type, so nobody pays for webhooks until
// someone subscribes. Plain SQL (plpgsql) for PostgreSQL 15 and PGlite.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1764280000000 implements MigrationInterface {
  name = 'Webhooks1764280000000';

  async up(q: QueryRunner): Promise<void> {
    // The secret is kept in the clear because the gateway signs with it; the API returns it once.
    await q.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        description text,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        deactivated_at timestamptz,
        CHECK (active = (deactivated_at IS NULL))
      )`);
    await q.query(`CREATE INDEX webhook_subscriptions_created_idx ON webhook_subscriptions (created_at DESC, id DESC)`);

    // status: pending (being tried) → delivered | failed (gave up: dead-lettered) | cancelled
    // (the subscription was deactivated before it got through).
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id),
        event_id text NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_status_code int,
        last_error text,
        next_attempt_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (event_id, subscription_id)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_subscription_idx ON webhook_deliveries (subscription_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE webhook_delivery_attempts (
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id),
        attempt int NOT NULL CHECK (attempt > 0),
        status_code int,
        error text,
        duration_ms int NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (delivery_id, attempt)
      )`);

    await q.query(`
      CREATE FUNCTION webhook_wanted(event_type text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active AND (event_type = ANY (events) OR '*' = ANY (events)))
      $$`);
    await q.query(`
      CREATE FUNCTION webhook_iso(ts timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      $$`);
    // The envelope every receiver gets: { id, type, createdAt, data }. Event ids are derived from
    // what they announce, so the same change can never produce two events.
    await q.query(`
      CREATE FUNCTION webhook_event(event_id text, event_type text, created_at timestamptz, data jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT jsonb_build_object('id', event_id, 'type', event_type, 'createdAt', webhook_iso(created_at), 'data', data)
      $$`);

    // claim.status_changed: every claim event whose status differs from the one before (the first
    // event of a claim included). No PHI: ids, statuses, codes, the charge, links — never the
    // patient, the subscriber or the free-text detail.
    // submission.rejected (reason ta1_rejected / 999_rejected): once per (acknowledgment,
    // submission) when that acknowledgment moved at least one claim of the submission to
    // rejected_by_clearinghouse.
    await q.query(`
      CREATE FUNCTION webhook_claim_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF webhook_wanted('claim.status_changed') THEN
          INSERT INTO outbox_messages (id, topic, body)
          SELECT ev.id, 'webhooks.events', webhook_event(ev.id, 'claim.status_changed', e.occurred_at, jsonb_build_object(
                   'claimId', c.id, 'sequence', e.sequence, 'status', e.status, 'previousStatus', e.previous_status, 'cause', e.cause,
                   'occurredAt', webhook_iso(e.occurred_at), 'kind', c.kind, 'frequencyCode', c.frequency_code, 'usage', c.usage_indicator,
                   'payerId', c.payer_id, 'totalCharge', c.total_charge::text, 'replacesClaimId', c.replaces_claim_id,
                   'submissionId', e.detail->>'submissionId', 'acknowledgmentId', e.detail->>'acknowledgmentId', 'remittanceId', e.detail->>'remittanceId',
                   'links', jsonb_build_object('claim', '/v1/claims/' || c.id, 'timeline', '/v1/claims/' || c.id || '/timeline')))
            FROM new_events e
            JOIN claims c ON c.id = e.claim_id
            CROSS JOIN LATERAL (SELECT 'evt_' || md5('claim.status_changed:' || e.id) AS id) ev
           WHERE e.previous_status IS DISTINCT FROM e.status
           ORDER BY e.id
          ON CONFLICT (id) DO NOTHING;
        END IF;
        IF webhook_wanted('submission.rejected') THEN
          INSERT INTO outbox_messages (id, topic, body)
          SELECT DISTINCT ON (ev.id) ev.id, 'webhooks.events', webhook_event(ev.id, 'submission.rejected', r.occurred_at, jsonb_build_object(
                   'submissionId', s.id, 'reason', r.reason, 'acknowledgmentId', r.ack, 'clearinghouseId', s.clearinghouse_id,
                   'payerId', s.payer_id, 'kind', s.kind, 'isa13', lpad(s.isa13::text, 9, '0'), 'gs06', s.gs06::text, 'claimCount', s.claim_count,
                   'deliveryAttempts', null, 'links', jsonb_build_object('submission', '/v1/submissions/' || s.id)))
            FROM (SELECT e.detail->>'submissionId' AS sub, e.detail->>'acknowledgmentId' AS ack, e.occurred_at,
                         CASE e.cause WHEN 'acknowledgment.ta1' THEN 'ta1_rejected' ELSE '999_rejected' END AS reason
                    FROM new_events e
                   WHERE e.status = 'rejected_by_clearinghouse' AND e.previous_status IS DISTINCT FROM e.status
                     AND e.cause IN ('acknowledgment.ta1', 'acknowledgment.999')
                     AND e.detail->>'submissionId' IS NOT NULL AND e.detail->>'acknowledgmentId' IS NOT NULL) r
            JOIN submissions s ON s.id::text = r.sub
            CROSS JOIN LATERAL (SELECT 'evt_' || md5('submission.rejected:' || r.ack || ':' || r.sub) AS id) ev
           ORDER BY ev.id, r.occurred_at
          ON CONFLICT (id) DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`);
    // Statement-level with a transition table: one subscription check per statement, however many
    // claims a batch moves at once (transitionMany).
    await q.query(`
      CREATE TRIGGER claim_events_webhooks AFTER INSERT ON claim_events
        REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION webhook_claim_events()`);

    // submission.rejected (reason dead_lettered): the outbound worker gave up delivering the file.
    await q.query(`
      CREATE FUNCTION webhook_submission_dead_lettered() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        event_id text := 'evt_' || md5('submission.rejected:dead_lettered:' || NEW.id || ':' || NEW.updated_at::text);
      BEGIN
        IF webhook_wanted('submission.rejected') THEN
          INSERT INTO outbox_messages (id, topic, body)
          VALUES (event_id, 'webhooks.events', webhook_event(event_id, 'submission.rejected', NEW.updated_at, jsonb_build_object(
                   'submissionId', NEW.id, 'reason', 'dead_lettered', 'acknowledgmentId', null, 'clearinghouseId', NEW.clearinghouse_id,
                   'payerId', NEW.payer_id, 'kind', NEW.kind, 'isa13', lpad(NEW.isa13::text, 9, '0'), 'gs06', NEW.gs06::text, 'claimCount', NEW.claim_count,
                   'deliveryAttempts', NEW.delivery_attempts, 'links', jsonb_build_object('submission', '/v1/submissions/' || NEW.id))))
          ON CONFLICT (id) DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER submissions_dead_lettered_webhooks AFTER UPDATE OF status ON submissions
        FOR EACH ROW WHEN (NEW.status = 'dead_lettered' AND OLD.status IS DISTINCT FROM 'dead_lettered')
        EXECUTE FUNCTION webhook_submission_dead_lettered()`);

    // remittance.posted: an 835 transaction set posted (at ingest, or released by hand). Deferred to
    // commit, when the set's claim payments exist, so the event can say how many claims matched.
    await q.query(`
      CREATE FUNCTION webhook_remittance_posted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        event_id text := 'evt_' || md5('remittance.posted:' || NEW.id);
        r remittances%ROWTYPE;
      BEGIN
        IF NOT webhook_wanted('remittance.posted') THEN RETURN NULL; END IF;
        SELECT * INTO r FROM remittances WHERE id = NEW.id;
        IF NOT FOUND OR r.status <> 'posted' THEN RETURN NULL; END IF;
        INSERT INTO outbox_messages (id, topic, body)
        VALUES (event_id, 'webhooks.events', webhook_event(event_id, 'remittance.posted', coalesce(r.released_at, r.received_at), jsonb_build_object(
                 'remittanceId', r.id, 'transactionControlNumber', r.transaction_control_number, 'payerId', r.payer_id, 'payerName', r.payer_name,
                 'amount', r.amount::text, 'creditDebit', r.credit_debit, 'paymentMethod', r.payment_method,
                 'paymentDate', to_char(r.payment_date, 'YYYY-MM-DD'), 'traceNumber', r.trace_number, 'balanced', r.balanced,
                 'claimCount', r.claim_count,
                 'matchedClaimCount', (SELECT count(*) FROM claim_payments p WHERE p.remittance_id = r.id AND p.claim_id IS NOT NULL),
                 'released', r.released_at IS NOT NULL,
                 'links', jsonb_build_object('remittance', '/v1/remittances/' || r.id))))
        ON CONFLICT (id) DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER remittances_posted_webhooks AFTER INSERT ON remittances DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NEW.status = 'posted') EXECUTE FUNCTION webhook_remittance_posted()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER remittances_released_webhooks AFTER UPDATE OF status ON remittances DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NEW.status = 'posted' AND OLD.status <> 'posted') EXECUTE FUNCTION webhook_remittance_posted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER remittances_released_webhooks ON remittances`);
    await q.query(`DROP TRIGGER remittances_posted_webhooks ON remittances`);
    await q.query(`DROP FUNCTION webhook_remittance_posted()`);
    await q.query(`DROP TRIGGER submissions_dead_lettered_webhooks ON submissions`);
    await q.query(`DROP FUNCTION webhook_submission_dead_lettered()`);
    await q.query(`DROP TRIGGER claim_events_webhooks ON claim_events`);
    await q.query(`DROP FUNCTION webhook_claim_events()`);
    await q.query(`DROP FUNCTION webhook_event(text, text, timestamptz, jsonb)`);
    await q.query(`DROP FUNCTION webhook_iso(timestamptz)`);
    await q.query(`DROP FUNCTION webhook_wanted(text)`);
    await q.query(`DROP TABLE webhook_delivery_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_subscriptions`);
  }
}
