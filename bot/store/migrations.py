"""Versioned schema migrations of the SQLite backend, in code (PostgreSQL: bot.store.
pg_migrations). Never edit a released step: add one; `PRAGMA user_version` is the
schema's version."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: conversations, messages, cases, case events, handoffs, audit
    """
    CREATE TABLE conversations (
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        state TEXT NOT NULL,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (channel, user_id)
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
        text TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL
    );
    CREATE INDEX messages_by_user ON messages (channel, user_id, id);
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel TEXT,
        user_id TEXT,
        status TEXT NOT NULL,
        urgent INTEGER NOT NULL,
        due_at TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX cases_by_status ON cases (status, urgent, due_at);
    CREATE INDEX cases_by_user ON cases (channel, user_id);
    CREATE TABLE case_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        actor TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE TABLE handoffs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        created_at TEXT NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 2: durable inbox (webhook events, deduplicated) and outbox (replies to send)
    """
    CREATE TABLE inbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL UNIQUE,
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        received_at TEXT NOT NULL,
        processed_at TEXT
    );
    CREATE INDEX inbox_pending ON inbox (processed_at, id);
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        retry_key TEXT NOT NULL UNIQUE,
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        parts_sent INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        sent_at TEXT,
        failed_at TEXT
    );
    CREATE INDEX outbox_pending ON outbox (sent_at, failed_at, next_attempt_at);
    """,
    # 3: the officers' desk: claims, deadlines, holds (takeover), staff accounts and
    # sessions, who did what (audit actor), where each outbox item comes from
    """
    ALTER TABLE cases ADD COLUMN ref TEXT;
    ALTER TABLE cases ADD COLUMN kind TEXT NOT NULL DEFAULT 'screening';
    ALTER TABLE cases ADD COLUMN claimed_by TEXT;
    ALTER TABLE cases ADD COLUMN claimed_at TEXT;
    ALTER TABLE cases ADD COLUMN first_contact_at TEXT;
    ALTER TABLE cases ADD COLUMN assisted_at TEXT;
    ALTER TABLE cases ADD COLUMN reminders TEXT NOT NULL DEFAULT '';
    CREATE INDEX cases_queue ON cases (urgent DESC, due_at) WHERE status NOT IN
        ('followed_up', 'rejected', 'closed');
    ALTER TABLE handoffs ADD COLUMN case_id INTEGER REFERENCES cases (id);
    ALTER TABLE handoffs ADD COLUMN resolved_at TEXT;
    ALTER TABLE audit ADD COLUMN actor TEXT NOT NULL DEFAULT 'bot';
    ALTER TABLE outbox ADD COLUMN origin TEXT NOT NULL DEFAULT 'bot';
    CREATE TABLE holds (
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        staff TEXT NOT NULL,
        case_id INTEGER REFERENCES cases (id),
        since TEXT NOT NULL,
        last_activity TEXT NOT NULL,
        PRIMARY KEY (channel, user_id)
    );
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('hotline', 'officer', 'admin')),
        password_hash TEXT NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE staff_sessions (
        token_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    CREATE TABLE staff_threads (
        case_ref TEXT NOT NULL,
        channel TEXT NOT NULL,
        thread TEXT NOT NULL,
        PRIMARY KEY (case_ref, channel)
    );
    CREATE UNIQUE INDEX cases_by_ref ON cases (ref);
    """,
    # 4: outbox claims with leases (several senders), the case an alert is about in a
    # column (erasure finds it without reading JSON), named leases (the timers' leader)
    """
    ALTER TABLE outbox ADD COLUMN case_ref TEXT;
    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN lease_until TEXT;
    UPDATE outbox SET case_ref = json_extract(payload, '$.case_ref');
    CREATE INDEX outbox_by_case ON outbox (case_ref) WHERE case_ref IS NOT NULL;
    CREATE INDEX outbox_by_user ON outbox (channel, user_id, id);
    CREATE INDEX inbox_by_user ON inbox (channel, user_id, id) WHERE processed_at IS NULL;
    CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        until TEXT NOT NULL
    );
    """,
    # 5: how many times an outbox item was handed to a sender (above 1, an earlier
    # sender may have sent it before it died)
    """
    ALTER TABLE outbox ADD COLUMN claims INTEGER NOT NULL DEFAULT 0;
    """,
    # 6: staff as people (display names), staff-chat accounts linked to console accounts
    # by one-time codes, and which staff-chat message (an alert) is about which case
    """
    ALTER TABLE staff ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
    CREATE TABLE staff_links (
        channel TEXT NOT NULL,
        user_id TEXT NOT NULL,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (channel, user_id)
    );
    CREATE TABLE staff_link_codes (
        code_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
    );
    CREATE TABLE staff_chat_messages (
        channel TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        case_ref TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (channel, chat_id, message_id)
    );
    """,
    # 7: the console's sign-in throttle (wrong passwords per address, per account from
    # an address, per unknown name) and one-time sign-in links, shared by every process
    """
    CREATE TABLE signin_throttle (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        failures INTEGER NOT NULL,
        last TEXT NOT NULL,
        until TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    );
    CREATE INDEX signin_throttle_by_last ON signin_throttle (last);
    CREATE TABLE signin_links (
        token_hash TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    """,
)
