// Generated from /openapi.json by `npm run web:types`; do not edit.
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 as long as the process serves requests. Open to everyone.
         */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 while the projections have caught up with the store and keep following it; 503 while the store cannot be read, the subscription has stopped or the projections are too far behind (`reason`).
         */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description The Prometheus text exposition format (0.0.4): HTTP requests by route and status with latency histograms, commands by type and outcome, store append and log-sync latency, group commit sizes, projection lag, events appended by type, and the process and event-loop figures. For the auditor and admin roles (a scrape job sends a bearer token). docs/deployment.md, "Operating it", lists every metric.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the plans
         * @description Every plan that existed at (validAt, knownAt), with its period, owner and number of tiltak.
         */
        get: operations["getPlans"];
        put?: never;
        /**
         * Create a plan
         * @description Creates a handlingsplan with its period and owner. The caller chooses the id. Answers 201 with `Location`.
         */
        post: operations["postPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a plan tree now or at (validAt, knownAt)
         * @description The whole plan: goals, satsningsområder, tiltaksområder and their tiltak with status, responsible, participants and funding, as they stood at validAt according to what was known at knownAt. `ETag` names this answer (the plan stream’s revision, then the log position and the counts of events known and in effect that decide it): it changes whenever the answer does, and `If-None-Match` with it answers 304 while it holds. Sent as `If-Match` on a structure command, its first number (the revision) is checked.
         */
        get: operations["getPlansByPlanId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/satsningsomrader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a satsningsområde
         * @description Adds a focus area (satsningsområde) numbered 1..99 to the plan. Answers 201 with `Location` pointing at the plan. `If-Match` makes it conditional on the plan’s revision.
         */
        post: operations["postPlansByPlanIdSatsningsomrader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/tiltaksomrader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a tiltaksområde
         * @description Adds a measure area (tiltaksområde) inside one of the plan’s satsningsområder. Answers 201 with `Location` pointing at the plan. `If-Match` makes it conditional on the plan’s revision.
         */
        post: operations["postPlansByPlanIdTiltaksomrader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a goal
         * @description Adds an overall goal (overordnet mål), effect goal (effektmål) or quality goal (kvalitetsmål). Answers 201 with `Location` pointing at the plan. `If-Match` makes it conditional on the plan’s revision.
         */
        post: operations["postPlansByPlanIdGoals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the plan developed, per month or quarter
         * @description Per interval (Europe/Oslo calendar): tiltak counts per status at its end, tiltak created, completed and discontinued in it, funding granted, and the changes effective in it. `from` and `to` default to the plan period.
         */
        get: operations["getPlansByPlanIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change effective in a period, paged
         * @description The changes of the plan and its tiltak effective in [from, to), in valid-time order, each with the line the timeline gives it: what the timeline's intervals list only the first 100 of. Paged: 100 by default, at most 500; `next` (and the `Link` header) names the next page, with knownAt fixed so that the pages fit together.
         */
        get: operations["getPlansByPlanIdChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plans/{planId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What differs between two states of the plan
         * @description Compares the plan at (fromValidAt, fromKnownAt) with the plan at (toValidAt, toKnownAt): changes to the plan itself, tiltak added, removed and changed, and the events that explain each difference.
         */
        get: operations["getPlansByPlanIdDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find tiltak
         * @description The tiltak at (validAt, knownAt) that pass every filter given, in each plan's document order (satsningsområde, tiltaksområde, number, then the order they were created); plans by title. Paginated with `limit` and `cursor`; unknown parameters are refused.
         */
        get: operations["getTiltak"];
        put?: never;
        /**
         * Create a tiltak
         * @description Creates a tiltak in a tiltaksområde of a plan, with its initial status (or none: "Ikke rapportert"), responsible parties and participants. The id is the caller’s or made from the title. Answers 201 with `Location` and the id.
         */
        post: operations["postTiltak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a tiltak now or at (validAt, knownAt)
         * @description The tiltak as the events that count at the given point make it: status (with label and the last known status), responsible, participants, funding, status history and notes. `ETag` names this answer (the revision known at knownAt, then the position of the last event in effect at validAt): `If-None-Match` with it answers 304 while it holds; sent as `If-Match` on a command, its first number (the revision) is checked.
         */
        get: operations["getTiltakByTiltakId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of a tiltak
         * @description Every event of the tiltak in valid-time order, with recordedAt, actor, reason and what each changed: a value before and after, or for a collection (notes, responsible, participants, funding) only the items added and removed. Retracted events stay in the list, marked with the retraction. Paged: 50 entries by default, at most 200; `next` (and the `Link` header) names the next page.
         */
        get: operations["getTiltakByTiltakIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The progress notes of a tiltak
         * @description Every note that counts at (validAt, knownAt), in valid-time order (the tiltak itself shows only its latest). Paged: 50 by default, at most 200; `next` (and the `Link` header) names the next page, with knownAt fixed so that the pages fit together.
         */
        get: operations["getTiltakByTiltakIdNotes"];
        put?: never;
        /**
         * Note progress
         * @description A dated comment on the progress; its date is `effectiveAt`. `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status
         * @description Records a status report effective at `effectiveAt` (default now; may be back-dated). Reopening a closed tiltak needs a `reason`; a report that would make a later one an invalid step is refused (409). `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/responsibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign responsibility
         * @description Replaces the set of responsible parties (ansvarlig) with the one given. `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdResponsibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the participants
         * @description Replaces the set of participants (deltakere, brukerrepresentanter) with the one given. `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant funding
         * @description Records a grant (samhandlingsmidler) for a year; `amountNok` may be null when not known. The grant id defaults to `<source>-<year>`. `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdFunding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise number, title or description
         * @description Records what differs among number, title and description; null clears a number or description. `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdRevisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move to another tiltaksområde
         * @description Moves the tiltak to another tiltaksområde of the same plan. `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiltak/{tiltakId}/funding/{grantId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a grant
         * @description Records that a grant was withdrawn, effective at `effectiveAt`. `If-Match` makes it conditional (412 when the tiltak has changed).
         */
        post: operations["postTiltakByTiltakIdFundingByGrantIdWithdrawal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find parties
         * @description The party register at (validAt, knownAt): the catalogue of known parties and every party the plans name, by name in Norwegian order. Filter by words of the name (`q`), `kind` or `kommunenummer`; paginated.
         */
        get: operations["getParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parties/{partyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A party and its tiltak
         * @description The party with its place in the hierarchy, and the tiltak it or any of its units (partOf, all the way down) is responsible for or takes part in at (validAt, knownAt), in document order; the tiltak are paginated, the counts are over all of them.
         */
        get: operations["getPartiesByPartyId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}/retractions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retract an event
         * @description Takes an earlier event of a plan or tiltak out of what counts, from now on (transaction time). The event stays in the history and the audit trail, marked as retracted. A reason is required. Creations, retractions and events that later ones depend on cannot be retracted (409).
         */
        post: operations["postEventsByEventIdRetractions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct an event
         * @description Retracts an earlier event of a plan or tiltak and records the right one in the same append, so no read ever sees the plan without either. `replacement` is the command that records the right value, of the same kind as the corrected event (a status report is corrected by `ChangeTiltakStatus`, a grant by `GrantFunding` …), without the tiltak's or plan's id; its `effectiveAt` defaults to the corrected event's, its `reason` to the correction's. The new event keeps the corrected event's source (an imported fact keeps its document and locator) and names the corrected event in `source.correctionOf`. If-Match is the ETag of the event's tiltak or plan. 404 `EVENT.NOT_FOUND`; 409 `RETRACTION.ALREADY_RETRACTED`, `RETRACTION.REPLACEMENT_TYPE_MISMATCH` (a replacement of another kind), `RETRACTION.CORRECTION_CHANGES_NOTHING`, `RETRACTION.CREATION_NOT_RETRACTABLE`, `RETRACTION.CANNOT_RETRACT_RETRACTION`, `RETRACTION.EVENT_HAS_DEPENDENTS` and the rules of the replacement command.
         */
        post: operations["postEventsByEventIdCorrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The raw event feed
         * @description Every stored event in position order with its whole envelope (actor, both times, source, hash chain), for report pipelines. Page with `after` = the `lastPosition` of the previous page. Auditor and admin only.
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status report
         * @description Tiltak counted per satsningsområde, tiltaksområde and status (with its Norwegian label; status null for "Ikke rapportert", as in the plan tree) at (validAt, knownAt). JSON by default; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/status-totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status totals per satsningsområde and plan
         * @description The satsningsområde × status table: one row per satsningsområde and one for the whole plan (satsningsomradeNumber null, "Hele planen"), a column per status (NOT_REPORTED for "Ikke rapportert", zeros too) and `total`, at (validAt, knownAt). JSON by default; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsStatusTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/status-tiltak": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status of each tiltak
         * @description What a steering group reads: each tiltak in the plan's order with its status, the responsible parties (names joined with "; ") and its last change (effective instant and event type), at (validAt, knownAt). JSON by default, paged: `limit` rows (default 1000, at most 5000), `nextCursor` and `Link` name the next page, `total` counts every row; an export holds every row and takes no `limit` or `cursor`; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsStatusTiltak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funding report
         * @description Every grant at (validAt, knownAt): year, source, tiltak, amount in NOK (null when not stated: unknown, not 0), decision reference, and withdrawnAt (null while it stands; a withdrawn grant is listed as withdrawn). JSON by default, paged: `limit` rows (default 1000, at most 5000), `nextCursor` and `Link` name the next page, `total` counts every row; an export holds every row and takes no `limit` or `cursor`; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsFunding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/funding-totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Funding totals per year and source
         * @description Per year and source, then per year over all sources (source null): standing grants, their sum in NOK over those stating an amount (null when none does), grantsWithoutAmount ("7 grants, amount not given") and withdrawn grants (in no sum), at (validAt, knownAt). JSON by default; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsFundingTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/responsibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responsibility report
         * @description Per party: the tiltak it is responsible for or takes part in, with their status, at (validAt, knownAt). JSON by default, paged: `limit` rows (default 1000, at most 5000), `nextCursor` and `Link` name the next page, `total` counts every row; an export holds every row and takes no `limit` or `cursor`; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsResponsibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/responsibility-rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responsibility with units rolled up
         * @description Per party, the tiltak it or any of its units (partOf, all the way down: a trust's clinics, a kommune's sykehjem) is responsible for or takes part in, each tiltak once per party, with `roles` and `via` (the names through which it takes part), at (validAt, knownAt). A group is not rolled up into its members. JSON by default, paged: `limit` rows (default 1000, at most 5000), `nextCursor` and `Link` name the next page, `total` counts every row; an export holds every row and takes no `limit` or `cursor`; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsResponsibilityRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/responsibility-totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tiltak per party, units rolled up
         * @description One row per party taking part in some tiltak: how many tiltak it or its units are in (`tiltak`), responsible for, participating in, and `direct` (those naming the party itself), at (validAt, knownAt). JSON by default; CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;` for Norwegian Excel); xlsx with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `?format=xlsx`.
         */
        get: operations["getReportsResponsibilityTotals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what, when
         * @description Every recorded event in recordedAt order, with actor, both times, reason, source and payload; filter by actor id, tiltak, plan, event type and a recordedAt range (`from` inclusive, `to` exclusive; a bare date is a day in Europe/Oslo). Paginated: pass `nextAfter` as `after` (in CSV and xlsx: the `X-Next-After` header). CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;`), xlsx with `?format=xlsx` or its Accept type; the `Link` header names the next page. Auditor and admin only.
         */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute every hash chain and the log-wide tree
         * @description Reads the whole log and recomputes each event's hash from its predecessor and content, checks positions (no gaps, on stores that number them densely) and that recordedAt never decreases, and recomputes the log-wide Merkle tree, which must give the running server's signed head (docs/audit.md). Reports every broken link with stream, revision and position. With `checkpoint` and `position`, also says whether the history up to that position still gives the digest kept from `GET /audit/checkpoint`; `ok` is false when it does not. Auditor and admin only.
         */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A digest of every stream head and the signed log head, to keep elsewhere
         * @description sha256 over the last event (stream, revision, hash) of every stream at or before `position` (default: the head of the log), and the signed head of the log-wide Merkle tree there. Keep both outside the system; `GET /audit/verify?checkpoint=<digest>&position=<p>` later confirms the digest, `GET /audit/consistency?from=<treeSize>` that the log still extends the head. A position past the head is a 400. Refused with 503 `STORE.UNAVAILABLE` when a row of the log cannot be read (`GET /audit/verify` locates it). Auditor and admin only.
         */
        get: operations["getAuditCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The key that signs log heads
         * @description The Ed25519 public key that signs every log head (the `Audit-Log-Head` header of write answers, GET /audit/checkpoint). Keep it with the heads you keep. Open to everyone.
         */
        get: operations["getAuditPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proof that a later log head extends an earlier one
         * @description RFC 6962 consistency proof between the tree of `from` events (the `treeSize` of a head you kept) and the tree of `to` events (default: the whole log), with the signed head at `to`. Check it yourself (docs/audit.md): the proof must lead from your kept root to the new one. `from` must be at least 1 and at most `to`; `to` at most the log size (400 otherwise). Every role.
         */
        get: operations["getAuditConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proof that an event is in a log head
         * @description RFC 6962 audit path of the event at `position` in the tree of `treeSize` events (default: the whole log), with the signed head at that size. The leaf is sha256(0x00 ‖ "<position>\n<streamId>\n<revision>\n<hash>") (docs/audit.md). Every role.
         */
        get: operations["getAuditInclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who this token is
         * @description The name, role, organization and plan scope of the bearer token, so that a client can show only what the role may do. Any valid token may ask.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details with a stable code */
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            code: string;
            instance?: string;
            errors?: {
                path: string;
                message: string;
                code?: string;
                expected?: string[];
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description An organisation or body (aktør) */
        PartyInput: {
            id: string;
            /** @enum {string} */
            kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
            name: string;
            kommunenummer: string | null;
            abbreviation?: string;
            /** @description The id of the party this one is a unit of */
            partOf?: string;
        };
        /** @description The authenticated principal that recorded an event */
        ActorInput: {
            id: string;
            name: string;
            role: string;
            organization?: string;
        };
        /** @description Where an event came from; imports name the document and a locator */
        EventSourceInput: {
            /** @enum {string} */
            kind: "api" | "import" | "system";
            document?: string;
            locator?: string;
            /** @description On the event a correction recorded: the id of the event it corrects (whose document and locator it keeps) */
            correctionOf?: string;
        };
        /** @description The envelope of a stored event, without its payload */
        EventSummaryInput: {
            eventId: string;
            type: string;
            streamId: string;
            /** @example 42 */
            revision: string;
            /** @example 42 */
            position: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            actor: components["schemas"]["ActorInput"];
            reason: string | null;
            source: components["schemas"]["EventSourceInput"];
            correlationId: string;
        };
        /** @description One field as it was just before and just after a change */
        ValueChangeInput: {
            field: string;
            before: unknown;
            after: unknown;
        };
        /** @description A collection (notes, responsible, participants, funding): only the items that came and left */
        ItemsChangeInput: {
            field: string;
            added: unknown[];
            removed: unknown[];
        };
        FieldChangeInput: components["schemas"]["ValueChangeInput"] | components["schemas"]["ItemsChangeInput"];
        /**
         * @example {
         *       "revision": "3",
         *       "position": "1207",
         *       "eventIds": [
         *         "0b7f6c1e-4a55-4b8e-9a43-2f1d3f0c9e21"
         *       ]
         *     }
         */
        WriteResultInput: {
            /** @description The id of what was created (creates only) */
            id?: string;
            /**
             * @description The stream's new revision: the next If-Match
             * @example 42
             */
            revision: string;
            /**
             * @description Global position of the last event appended
             * @example 42
             */
            position: string;
            /** @description The events appended, in order */
            eventIds: string[];
        };
        /** @description A signed head of the log-wide RFC 6962 Merkle tree: Ed25519 over the lines of docs/audit.md, with the key of GET /audit/public-key */
        SignedLogHeadInput: {
            treeSize: number;
            position: string | null;
            rootHash: string;
            timestamp: string;
            keyId: string;
            signature: string;
        };
        ConsistencyProofInput: {
            from: {
                treeSize: number;
                rootHash: string;
            };
            to: components["schemas"]["SignedLogHeadInput"];
            /** @description RFC 6962 consistency proof, hex hashes in RFC order */
            proof: string[];
        };
        InclusionProofInput: {
            position: string;
            leafIndex: number;
            leafHash: string;
            head: components["schemas"]["SignedLogHeadInput"];
            /** @description RFC 6962 audit path, hex hashes from the leaf up */
            proof: string[];
        };
        LogPublicKeyInput: {
            /** @constant */
            algorithm: "Ed25519";
            keyId: string;
            /** @description SPKI, PEM */
            publicKey: string;
        };
        /**
         * @example {
         *       "ok": true,
         *       "streamsChecked": 53,
         *       "eventsChecked": 126,
         *       "headPosition": "126",
         *       "brokenLinks": [],
         *       "log": {
         *         "treeSize": 126,
         *         "rootHash": "5c2a0e9f3b7d4c1a8e6f2b0d9c7a5e3f1b8d6c4a2e0f9b7d5c3a1e8f6b4d2c0a"
         *       }
         *     }
         */
        ChainVerificationInput: {
            ok: boolean;
            streamsChecked: number;
            eventsChecked: number;
            headPosition: string | null;
            brokenLinks: {
                streamId: string | null;
                revision: string | null;
                position: string | null;
                /** @enum {string} */
                problem: "HASH_MISMATCH" | "PREV_HASH_MISMATCH" | "REVISION_GAP" | "REVISION_OUT_OF_ORDER" | "POSITION_GAP" | "RECORDED_AT_DECREASED" | "UNREADABLE" | "KEPT_HEAD_INVALID" | "LOG_TRUNCATED" | "LOG_ROOT_MISMATCH";
                expectedHash: string | null;
                foundHash: string | null;
            }[];
            /** @description The log-wide Merkle tree recomputed over the events checked */
            log: {
                treeSize: number;
                rootHash: string;
            };
        };
        /**
         * @example {
         *       "position": "126",
         *       "streams": 53,
         *       "digest": "9f2c1a0e5b7d4c3a8e6f1b2d0c9a7e5f3b1d8c6a4e2f0b9d7c5a3e1f8b6d4c2a",
         *       "logHead": null
         *     }
         */
        CheckpointInput: {
            position: string | null;
            streams: number;
            digest: string;
            /** @description The signed head of the log-wide Merkle tree at the same position (null while it is broken) */
            logHead: components["schemas"]["SignedLogHeadInput"] | null;
        };
        /**
         * @example {
         *       "columns": [
         *         "planId",
         *         "satsningsomradeNumber",
         *         "satsningsomrade",
         *         "tiltaksomrade",
         *         "status",
         *         "statusLabel",
         *         "count"
         *       ],
         *       "rows": [
         *         {
         *           "planId": "handlingsplan-2020-2022",
         *           "satsningsomradeNumber": 1,
         *           "satsningsomrade": "Samarbeid om de mest sårbare pasientgruppene",
         *           "tiltaksomrade": "Skrøpelige eldre",
         *           "status": "IN_PROGRESS",
         *           "statusLabel": "Pågår",
         *           "count": 3
         *         }
         *       ]
         *     }
         */
        ReportInput: {
            columns: string[];
            rows: {
                [key: string]: string | number | null;
            }[];
        };
        AuditPageInput: {
            entries: {
                eventId: string;
                type: string;
                streamId: string;
                /** @example 42 */
                revision: string;
                /** @example 42 */
                position: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                recordedAt: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                effectiveAt: string;
                actor: components["schemas"]["ActorInput"];
                reason: string | null;
                source: components["schemas"]["EventSourceInput"];
                correlationId: string;
                tiltakId: string | null;
                planId: string | null;
                data: unknown;
            }[];
            /** @description Pass as `after` for the next page; null at the end */
            nextAfter: string | null;
        };
        /** @description A stored event with its whole envelope and hash chain links */
        RecordedEventInput: {
            eventId: string;
            type: string;
            streamId: string;
            /** @example 42 */
            revision: string;
            /** @example 42 */
            position: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            actor: components["schemas"]["ActorInput"];
            reason: string | null;
            source: components["schemas"]["EventSourceInput"];
            correlationId: string;
            schemaVersion: number;
            causationId: string | null;
            data: unknown;
            prevHash: string;
            hash: string;
        };
        /** @description A tiltak as the events that count at (validAt, knownAt) make it */
        TiltakInput: {
            tiltakId: string;
            planId: string;
            tiltaksomradeId: string;
            number: string | null;
            title: string;
            description: string | null;
            /** @description null: no status reported yet */
            status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            /** @description The status as people read it: Pågår, Ikke rapportert, … */
            statusLabel: string;
            lastKnownStatus: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            responsible: components["schemas"]["PartyInput"][];
            participants: components["schemas"]["PartyInput"][];
            /** @description Who is responsible, in the source text's own words (the "Ansvarlig og status" column) */
            responsibleAsWritten: string | null;
            /** @description Other tiltaksområder of the plan the tiltak is also listed under */
            alsoTiltaksomradeIds: string[];
            funding: {
                grantId: string;
                source: string;
                year: number;
                amountNok: number | null;
                decisionReference: string | null;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                grantedAt: string;
                withdrawnAt: string | null;
            }[];
            statusHistory: {
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                effectiveAt: string;
                /** @enum {string} */
                status: "PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN";
                reason: string | null;
            }[];
            /** @description The latest notes (at most 10): all at /tiltak/{id}/notes */
            notes: {
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                effectiveAt: string;
                text: string;
                /** @description Who wrote the note (the actor of its event) */
                author: components["schemas"]["ActorInput"];
            }[];
            /** @description Notes that count at this point, shown or not */
            noteCount: number;
            /** @description Status reports; statusHistory shows the latest 20, the history all */
            statusReportCount: number;
            /** @description Grants; funding shows the latest 50, the history all */
            fundingCount: number;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The tiltak stream's revision known at knownAt (ETag)
             * @example 42
             */
            revision: string;
            lastChange: components["schemas"]["EventSummaryInput"];
        };
        HistoryEntryInput: {
            eventId: string;
            type: string;
            streamId: string;
            /** @example 42 */
            revision: string;
            /** @example 42 */
            position: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            actor: components["schemas"]["ActorInput"];
            reason: string | null;
            source: components["schemas"]["EventSourceInput"];
            correlationId: string;
            /** @description The event's payload (current schema version) */
            data: unknown;
            retractedBy: components["schemas"]["EventSummaryInput"] | null;
            changes: components["schemas"]["FieldChangeInput"][];
        };
        /** @description The whole plan tree at (validAt, knownAt) */
        PlanInput: {
            planId: string;
            title: string;
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            owner: components["schemas"]["PartyInput"];
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            createdAt: string;
            publishedAt: string | null;
            goals: {
                goalId: string;
                /** @enum {string} */
                kind: "overall" | "effect" | "quality";
                text: string;
            }[];
            satsningsomrader: {
                satsningsomradeId: string;
                number: number;
                title: string;
                /** @description false only for the marker (number 0) that holds tiltaksområder the plan no longer has */
                exists: boolean;
                tiltaksomrader: {
                    tiltaksomradeId: string;
                    satsningsomradeId: string;
                    title: string;
                    /** @description false: the plan no longer has this tiltaksområde (its creation was retracted); its tiltak still count */
                    exists: boolean;
                    tiltak: components["schemas"]["TiltakInput"][];
                }[];
            }[];
            /**
             * @description The plan stream's revision known at knownAt (ETag)
             * @example 42
             */
            revision: string;
            lastChange: components["schemas"]["EventSummaryInput"];
        };
        TimelineChangeInput: {
            eventId: string;
            type: string;
            tiltakId: string | null;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            /**
             * Format: date
             * @description The day it took effect in Europe/Oslo
             * @example 2021-09-07
             */
            effectiveDate: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date
             * @description The day it was recorded in Europe/Oslo
             */
            recordedDate: string;
            /** @example Tiltak 2.1: Pågår → Fullført */
            summary: string;
        };
        PlanChangesInput: {
            planId: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive end
             * @example 2021-03-01T09:00:00.000Z
             */
            to: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            knownAt: string;
            changes: components["schemas"]["TimelineChangeInput"][];
            /** @description All the changes in the period */
            total: number;
            nextCursor: string | null;
            /** @description The URL of the next page; null on the last */
            next: string | null;
        };
        TimelineInput: {
            planId: string;
            from: string;
            to: string;
            /** @enum {string} */
            interval: "month" | "quarter";
            knownAt: string | null;
            buckets: {
                /** @example 2021-Q1 */
                label: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                from: string;
                /**
                 * Format: date-time
                 * @description Exclusive end
                 * @example 2021-03-01T09:00:00.000Z
                 */
                to: string;
                /**
                 * Format: date
                 * @description First day of the interval in Europe/Oslo
                 */
                firstDate: string;
                /**
                 * Format: date
                 * @description Last day of the interval in Europe/Oslo (inclusive)
                 */
                lastDate: string;
                /** @description Every status in order, then null ("Ikke rapportert"), with its count */
                statusCounts: {
                    /** @description null: "Ikke rapportert", as in the plan tree */
                    status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
                    statusLabel: string;
                    count: number;
                }[];
                tiltakCount: number;
                created: number;
                completed: number;
                discontinued: number;
                /**
                 * @description Grants effective in the interval. amountNok sums those stating an amount; null when none does (unknown, never 0). withoutAmount: grants with no amount given.
                 * @example {
                 *       "count": 7,
                 *       "amountNok": null,
                 *       "withoutAmount": 7
                 *     }
                 */
                fundingGranted: {
                    count: number;
                    amountNok: number | null;
                    withoutAmount: number;
                };
                /** @description All the changes effective in the interval */
                changeCount: number;
                /** @description The first 100 of them in valid-time order; GET /plans/{planId}/changes?from=&to= pages them all */
                changes: components["schemas"]["TimelineChangeInput"][];
            }[];
        };
        PlanDiffInput: {
            planId: string;
            from: {
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                validAt?: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                knownAt?: string;
            };
            to: {
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                validAt?: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                knownAt?: string;
            };
            plan: components["schemas"]["ValueChangeInput"][];
            /** @description The first 100 */
            planEvents: components["schemas"]["EventSummaryInput"][];
            planEventCount: number;
            added: {
                tiltakId: string;
                number: string | null;
                title: string;
                /** @description The first 100 explaining events, in valid time */
                events: components["schemas"]["EventSummaryInput"][];
                /** @description All the explaining events */
                eventCount: number;
            }[];
            removed: {
                tiltakId: string;
                number: string | null;
                title: string;
                /** @description The first 100 explaining events, in valid time */
                events: components["schemas"]["EventSummaryInput"][];
                /** @description All the explaining events */
                eventCount: number;
            }[];
            changed: {
                tiltakId: string;
                number: string | null;
                title: string;
                /** @description The first 100 explaining events, in valid time */
                events: components["schemas"]["EventSummaryInput"][];
                /** @description All the explaining events */
                eventCount: number;
                /** @description The first 100 fields changed */
                changes: components["schemas"]["ValueChangeInput"][];
                changeCount: number;
            }[];
        };
        /** @description A party of the register, with its place in the hierarchy */
        RegisteredPartyInput: {
            partyId: string;
            /** @enum {string} */
            kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
            /** @description The kind as people read it: Kommune, Helseforetak, … */
            kindLabel: string;
            name: string;
            abbreviation: string | null;
            /** @description Other names events gave this party */
            alsoNamed: string[];
            /** @description The kommunenummer valid on the Oslo date of validAt (today by default) */
            kommunenummer: string | null;
            kommunenummerPeriods: {
                kommunenummer: string;
                /** @description First day; null: before the periods recorded here */
                from: string | null;
                /** @description Last day; null: still in use */
                to: string | null;
            }[];
            /** @description The id of the party this one is a unit of */
            partOf: string | null;
            /** @description Its direct units (at most 100) */
            parts: string[];
            partsTotal: number;
            /** @description For a group: the parties it stands for */
            members: string[];
            memberOf: string[];
            /** @description Known to the domain, not only from the events naming it */
            inCatalogue: boolean;
        };
        /** @description A tiltak in a list: the full state is at GET /tiltak/{tiltakId} */
        TiltakFoundInput: {
            tiltakId: string;
            planId: string;
            satsningsomradeId: string;
            satsningsomradeNumber: number;
            tiltaksomradeId: string;
            tiltaksomrade: string;
            alsoTiltaksomradeIds: string[];
            number: string | null;
            title: string;
            description: string | null;
            status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            statusLabel: string;
            responsible: components["schemas"]["PartyInput"][];
            participants: components["schemas"]["PartyInput"][];
            responsibleAsWritten: string | null;
            /** @description Years of the grants that stand */
            fundingYears: number[];
            /** @example 42 */
            revision: string;
            lastChange: components["schemas"]["EventSummaryInput"];
        };
        TiltakPageInput: {
            items: components["schemas"]["TiltakFoundInput"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description How many items the whole answer has */
            total: number;
        };
        PartyPageInput: {
            items: components["schemas"]["RegisteredPartyInput"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description How many items the whole answer has */
            total: number;
        };
        PartyTiltakInput: {
            tiltakId: string;
            planId: string;
            satsningsomradeId: string;
            satsningsomradeNumber: number;
            tiltaksomradeId: string;
            tiltaksomrade: string;
            alsoTiltaksomradeIds: string[];
            number: string | null;
            title: string;
            description: string | null;
            status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            statusLabel: string;
            responsible: components["schemas"]["PartyInput"][];
            participants: components["schemas"]["PartyInput"][];
            responsibleAsWritten: string | null;
            /** @description Years of the grants that stand */
            fundingYears: number[];
            /** @example 42 */
            revision: string;
            lastChange: components["schemas"]["EventSummaryInput"];
            roles: ("responsible" | "participant")[];
            /** @description Through which parties: the party itself and/or its units */
            via: string[];
        };
        PartyDetailInput: {
            party: components["schemas"]["RegisteredPartyInput"];
            counts: {
                /** @description Tiltak it (or a unit of it) is responsible for or takes part in */
                tiltak: number;
                responsible: number;
                participant: number;
            };
            tiltak: {
                items: components["schemas"]["PartyTiltakInput"][];
                /** @description Pass as `cursor` for the next page; null on the last */
                nextCursor: string | null;
                /** @description How many items the whole answer has */
                total: number;
            };
        };
        MeInput: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "reader" | "editor" | "auditor" | "admin";
            organization: string | null;
            /** @description The plans in scope; null: every plan */
            plans: string[] | null;
        };
        /** @description RFC 9457 problem details with a stable code */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            code: string;
            instance?: string;
            errors?: {
                path: string;
                message: string;
                code?: string;
                expected?: string[];
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description An organisation or body (aktør) */
        Party: {
            id: string;
            /** @enum {string} */
            kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
            name: string;
            kommunenummer: string | null;
            abbreviation?: string;
            /** @description The id of the party this one is a unit of */
            partOf?: string;
        };
        /** @description The authenticated principal that recorded an event */
        Actor: {
            id: string;
            name: string;
            role: string;
            organization?: string;
        };
        /** @description Where an event came from; imports name the document and a locator */
        EventSource: {
            /** @enum {string} */
            kind: "api" | "import" | "system";
            document?: string;
            locator?: string;
            /** @description On the event a correction recorded: the id of the event it corrects (whose document and locator it keeps) */
            correctionOf?: string;
        };
        /** @description The envelope of a stored event, without its payload */
        EventSummary: {
            eventId: string;
            type: string;
            streamId: string;
            /** @example 42 */
            revision: string;
            /** @example 42 */
            position: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            actor: components["schemas"]["Actor"];
            reason: string | null;
            source: components["schemas"]["EventSource"];
            correlationId: string;
        };
        /** @description One field as it was just before and just after a change */
        ValueChange: {
            field: string;
            before: unknown;
            after: unknown;
        };
        /** @description A collection (notes, responsible, participants, funding): only the items that came and left */
        ItemsChange: {
            field: string;
            added: unknown[];
            removed: unknown[];
        };
        FieldChange: components["schemas"]["ValueChange"] | components["schemas"]["ItemsChange"];
        /**
         * @example {
         *       "revision": "3",
         *       "position": "1207",
         *       "eventIds": [
         *         "0b7f6c1e-4a55-4b8e-9a43-2f1d3f0c9e21"
         *       ]
         *     }
         */
        WriteResult: {
            /** @description The id of what was created (creates only) */
            id?: string;
            /**
             * @description The stream's new revision: the next If-Match
             * @example 42
             */
            revision: string;
            /**
             * @description Global position of the last event appended
             * @example 42
             */
            position: string;
            /** @description The events appended, in order */
            eventIds: string[];
        };
        /** @description A signed head of the log-wide RFC 6962 Merkle tree: Ed25519 over the lines of docs/audit.md, with the key of GET /audit/public-key */
        SignedLogHead: {
            treeSize: number;
            position: string | null;
            rootHash: string;
            timestamp: string;
            keyId: string;
            signature: string;
        };
        ConsistencyProof: {
            from: {
                treeSize: number;
                rootHash: string;
            };
            to: components["schemas"]["SignedLogHead"];
            /** @description RFC 6962 consistency proof, hex hashes in RFC order */
            proof: string[];
        };
        InclusionProof: {
            position: string;
            leafIndex: number;
            leafHash: string;
            head: components["schemas"]["SignedLogHead"];
            /** @description RFC 6962 audit path, hex hashes from the leaf up */
            proof: string[];
        };
        LogPublicKey: {
            /** @constant */
            algorithm: "Ed25519";
            keyId: string;
            /** @description SPKI, PEM */
            publicKey: string;
        };
        /**
         * @example {
         *       "ok": true,
         *       "streamsChecked": 53,
         *       "eventsChecked": 126,
         *       "headPosition": "126",
         *       "brokenLinks": [],
         *       "log": {
         *         "treeSize": 126,
         *         "rootHash": "5c2a0e9f3b7d4c1a8e6f2b0d9c7a5e3f1b8d6c4a2e0f9b7d5c3a1e8f6b4d2c0a"
         *       }
         *     }
         */
        ChainVerification: {
            ok: boolean;
            streamsChecked: number;
            eventsChecked: number;
            headPosition: string | null;
            brokenLinks: {
                streamId: string | null;
                revision: string | null;
                position: string | null;
                /** @enum {string} */
                problem: "HASH_MISMATCH" | "PREV_HASH_MISMATCH" | "REVISION_GAP" | "REVISION_OUT_OF_ORDER" | "POSITION_GAP" | "RECORDED_AT_DECREASED" | "UNREADABLE" | "KEPT_HEAD_INVALID" | "LOG_TRUNCATED" | "LOG_ROOT_MISMATCH";
                expectedHash: string | null;
                foundHash: string | null;
            }[];
            /** @description The log-wide Merkle tree recomputed over the events checked */
            log: {
                treeSize: number;
                rootHash: string;
            };
        };
        /**
         * @example {
         *       "position": "126",
         *       "streams": 53,
         *       "digest": "9f2c1a0e5b7d4c3a8e6f1b2d0c9a7e5f3b1d8c6a4e2f0b9d7c5a3e1f8b6d4c2a",
         *       "logHead": null
         *     }
         */
        Checkpoint: {
            position: string | null;
            streams: number;
            digest: string;
            /** @description The signed head of the log-wide Merkle tree at the same position (null while it is broken) */
            logHead: components["schemas"]["SignedLogHead"] | null;
        };
        /**
         * @example {
         *       "columns": [
         *         "planId",
         *         "satsningsomradeNumber",
         *         "satsningsomrade",
         *         "tiltaksomrade",
         *         "status",
         *         "statusLabel",
         *         "count"
         *       ],
         *       "rows": [
         *         {
         *           "planId": "handlingsplan-2020-2022",
         *           "satsningsomradeNumber": 1,
         *           "satsningsomrade": "Samarbeid om de mest sårbare pasientgruppene",
         *           "tiltaksomrade": "Skrøpelige eldre",
         *           "status": "IN_PROGRESS",
         *           "statusLabel": "Pågår",
         *           "count": 3
         *         }
         *       ]
         *     }
         */
        Report: {
            columns: string[];
            rows: {
                [key: string]: string | number | null;
            }[];
        };
        AuditPage: {
            entries: {
                eventId: string;
                type: string;
                streamId: string;
                /** @example 42 */
                revision: string;
                /** @example 42 */
                position: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                recordedAt: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                effectiveAt: string;
                actor: components["schemas"]["Actor"];
                reason: string | null;
                source: components["schemas"]["EventSource"];
                correlationId: string;
                tiltakId: string | null;
                planId: string | null;
                data: unknown;
            }[];
            /** @description Pass as `after` for the next page; null at the end */
            nextAfter: string | null;
        };
        /** @description A stored event with its whole envelope and hash chain links */
        RecordedEvent: {
            eventId: string;
            type: string;
            streamId: string;
            /** @example 42 */
            revision: string;
            /** @example 42 */
            position: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            actor: components["schemas"]["Actor"];
            reason: string | null;
            source: components["schemas"]["EventSource"];
            correlationId: string;
            schemaVersion: number;
            causationId: string | null;
            data: unknown;
            prevHash: string;
            hash: string;
        };
        /** @description A tiltak as the events that count at (validAt, knownAt) make it */
        Tiltak: {
            tiltakId: string;
            planId: string;
            tiltaksomradeId: string;
            number: string | null;
            title: string;
            description: string | null;
            /** @description null: no status reported yet */
            status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            /** @description The status as people read it: Pågår, Ikke rapportert, … */
            statusLabel: string;
            lastKnownStatus: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            responsible: components["schemas"]["Party"][];
            participants: components["schemas"]["Party"][];
            /** @description Who is responsible, in the source text's own words (the "Ansvarlig og status" column) */
            responsibleAsWritten: string | null;
            /** @description Other tiltaksområder of the plan the tiltak is also listed under */
            alsoTiltaksomradeIds: string[];
            funding: {
                grantId: string;
                source: string;
                year: number;
                amountNok: number | null;
                decisionReference: string | null;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                grantedAt: string;
                withdrawnAt: string | null;
            }[];
            statusHistory: {
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                effectiveAt: string;
                /** @enum {string} */
                status: "PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN";
                reason: string | null;
            }[];
            /** @description The latest notes (at most 10): all at /tiltak/{id}/notes */
            notes: {
                eventId: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                effectiveAt: string;
                text: string;
                /** @description Who wrote the note (the actor of its event) */
                author: components["schemas"]["Actor"];
            }[];
            /** @description Notes that count at this point, shown or not */
            noteCount: number;
            /** @description Status reports; statusHistory shows the latest 20, the history all */
            statusReportCount: number;
            /** @description Grants; funding shows the latest 50, the history all */
            fundingCount: number;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The tiltak stream's revision known at knownAt (ETag)
             * @example 42
             */
            revision: string;
            lastChange: components["schemas"]["EventSummary"];
        };
        HistoryEntry: {
            eventId: string;
            type: string;
            streamId: string;
            /** @example 42 */
            revision: string;
            /** @example 42 */
            position: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            actor: components["schemas"]["Actor"];
            reason: string | null;
            source: components["schemas"]["EventSource"];
            correlationId: string;
            /** @description The event's payload (current schema version) */
            data: unknown;
            retractedBy: components["schemas"]["EventSummary"] | null;
            changes: components["schemas"]["FieldChange"][];
        };
        /** @description The whole plan tree at (validAt, knownAt) */
        Plan: {
            planId: string;
            title: string;
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            owner: components["schemas"]["Party"];
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            createdAt: string;
            publishedAt: string | null;
            goals: {
                goalId: string;
                /** @enum {string} */
                kind: "overall" | "effect" | "quality";
                text: string;
            }[];
            satsningsomrader: {
                satsningsomradeId: string;
                number: number;
                title: string;
                /** @description false only for the marker (number 0) that holds tiltaksområder the plan no longer has */
                exists: boolean;
                tiltaksomrader: {
                    tiltaksomradeId: string;
                    satsningsomradeId: string;
                    title: string;
                    /** @description false: the plan no longer has this tiltaksområde (its creation was retracted); its tiltak still count */
                    exists: boolean;
                    tiltak: components["schemas"]["Tiltak"][];
                }[];
            }[];
            /**
             * @description The plan stream's revision known at knownAt (ETag)
             * @example 42
             */
            revision: string;
            lastChange: components["schemas"]["EventSummary"];
        };
        TimelineChange: {
            eventId: string;
            type: string;
            tiltakId: string | null;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            effectiveAt: string;
            /**
             * Format: date
             * @description The day it took effect in Europe/Oslo
             * @example 2021-09-07
             */
            effectiveDate: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: date
             * @description The day it was recorded in Europe/Oslo
             */
            recordedDate: string;
            /** @example Tiltak 2.1: Pågår → Fullført */
            summary: string;
        };
        PlanChanges: {
            planId: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive end
             * @example 2021-03-01T09:00:00.000Z
             */
            to: string;
            /**
             * Format: date-time
             * @example 2021-03-01T09:00:00.000Z
             */
            knownAt: string;
            changes: components["schemas"]["TimelineChange"][];
            /** @description All the changes in the period */
            total: number;
            nextCursor: string | null;
            /** @description The URL of the next page; null on the last */
            next: string | null;
        };
        Timeline: {
            planId: string;
            from: string;
            to: string;
            /** @enum {string} */
            interval: "month" | "quarter";
            knownAt: string | null;
            buckets: {
                /** @example 2021-Q1 */
                label: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                from: string;
                /**
                 * Format: date-time
                 * @description Exclusive end
                 * @example 2021-03-01T09:00:00.000Z
                 */
                to: string;
                /**
                 * Format: date
                 * @description First day of the interval in Europe/Oslo
                 */
                firstDate: string;
                /**
                 * Format: date
                 * @description Last day of the interval in Europe/Oslo (inclusive)
                 */
                lastDate: string;
                /** @description Every status in order, then null ("Ikke rapportert"), with its count */
                statusCounts: {
                    /** @description null: "Ikke rapportert", as in the plan tree */
                    status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
                    statusLabel: string;
                    count: number;
                }[];
                tiltakCount: number;
                created: number;
                completed: number;
                discontinued: number;
                /**
                 * @description Grants effective in the interval. amountNok sums those stating an amount; null when none does (unknown, never 0). withoutAmount: grants with no amount given.
                 * @example {
                 *       "count": 7,
                 *       "amountNok": null,
                 *       "withoutAmount": 7
                 *     }
                 */
                fundingGranted: {
                    count: number;
                    amountNok: number | null;
                    withoutAmount: number;
                };
                /** @description All the changes effective in the interval */
                changeCount: number;
                /** @description The first 100 of them in valid-time order; GET /plans/{planId}/changes?from=&to= pages them all */
                changes: components["schemas"]["TimelineChange"][];
            }[];
        };
        PlanDiff: {
            planId: string;
            from: {
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                validAt?: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                knownAt?: string;
            };
            to: {
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                validAt?: string;
                /**
                 * Format: date-time
                 * @example 2021-03-01T09:00:00.000Z
                 */
                knownAt?: string;
            };
            plan: components["schemas"]["ValueChange"][];
            /** @description The first 100 */
            planEvents: components["schemas"]["EventSummary"][];
            planEventCount: number;
            added: {
                tiltakId: string;
                number: string | null;
                title: string;
                /** @description The first 100 explaining events, in valid time */
                events: components["schemas"]["EventSummary"][];
                /** @description All the explaining events */
                eventCount: number;
            }[];
            removed: {
                tiltakId: string;
                number: string | null;
                title: string;
                /** @description The first 100 explaining events, in valid time */
                events: components["schemas"]["EventSummary"][];
                /** @description All the explaining events */
                eventCount: number;
            }[];
            changed: {
                tiltakId: string;
                number: string | null;
                title: string;
                /** @description The first 100 explaining events, in valid time */
                events: components["schemas"]["EventSummary"][];
                /** @description All the explaining events */
                eventCount: number;
                /** @description The first 100 fields changed */
                changes: components["schemas"]["ValueChange"][];
                changeCount: number;
            }[];
        };
        /** @description A party of the register, with its place in the hierarchy */
        RegisteredParty: {
            partyId: string;
            /** @enum {string} */
            kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
            /** @description The kind as people read it: Kommune, Helseforetak, … */
            kindLabel: string;
            name: string;
            abbreviation: string | null;
            /** @description Other names events gave this party */
            alsoNamed: string[];
            /** @description The kommunenummer valid on the Oslo date of validAt (today by default) */
            kommunenummer: string | null;
            kommunenummerPeriods: {
                kommunenummer: string;
                /** @description First day; null: before the periods recorded here */
                from: string | null;
                /** @description Last day; null: still in use */
                to: string | null;
            }[];
            /** @description The id of the party this one is a unit of */
            partOf: string | null;
            /** @description Its direct units (at most 100) */
            parts: string[];
            partsTotal: number;
            /** @description For a group: the parties it stands for */
            members: string[];
            memberOf: string[];
            /** @description Known to the domain, not only from the events naming it */
            inCatalogue: boolean;
        };
        /** @description A tiltak in a list: the full state is at GET /tiltak/{tiltakId} */
        TiltakFound: {
            tiltakId: string;
            planId: string;
            satsningsomradeId: string;
            satsningsomradeNumber: number;
            tiltaksomradeId: string;
            tiltaksomrade: string;
            alsoTiltaksomradeIds: string[];
            number: string | null;
            title: string;
            description: string | null;
            status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            statusLabel: string;
            responsible: components["schemas"]["Party"][];
            participants: components["schemas"]["Party"][];
            responsibleAsWritten: string | null;
            /** @description Years of the grants that stand */
            fundingYears: number[];
            /** @example 42 */
            revision: string;
            lastChange: components["schemas"]["EventSummary"];
        };
        TiltakPage: {
            items: components["schemas"]["TiltakFound"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description How many items the whole answer has */
            total: number;
        };
        PartyPage: {
            items: components["schemas"]["RegisteredParty"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description How many items the whole answer has */
            total: number;
        };
        PartyTiltak: {
            tiltakId: string;
            planId: string;
            satsningsomradeId: string;
            satsningsomradeNumber: number;
            tiltaksomradeId: string;
            tiltaksomrade: string;
            alsoTiltaksomradeIds: string[];
            number: string | null;
            title: string;
            description: string | null;
            status: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
            statusLabel: string;
            responsible: components["schemas"]["Party"][];
            participants: components["schemas"]["Party"][];
            responsibleAsWritten: string | null;
            /** @description Years of the grants that stand */
            fundingYears: number[];
            /** @example 42 */
            revision: string;
            lastChange: components["schemas"]["EventSummary"];
            roles: ("responsible" | "participant")[];
            /** @description Through which parties: the party itself and/or its units */
            via: string[];
        };
        PartyDetail: {
            party: components["schemas"]["RegisteredParty"];
            counts: {
                /** @description Tiltak it (or a unit of it) is responsible for or takes part in */
                tiltak: number;
                responsible: number;
                participant: number;
            };
            tiltak: {
                items: components["schemas"]["PartyTiltak"][];
                /** @description Pass as `cursor` for the next page; null on the last */
                nextCursor: string | null;
                /** @description How many items the whole answer has */
                total: number;
            };
        };
        Me: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "reader" | "editor" | "auditor" | "admin";
            organization: string | null;
            /** @description The plans in scope; null: every plan */
            plans: string[] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "ready";
                        position?: string | null;
                    };
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "position": "126"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "ready";
                        position?: string | null;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlans: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "plans": [
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "title": "Handlingsplan for samhandlingen 2020-2022",
                     *           "period": {
                     *             "from": "2020-01-01",
                     *             "to": "2022-12-31"
                     *           },
                     *           "owner": {
                     *             "id": "helseforetak-akershus-universitetssykehus",
                     *             "kind": "helseforetak",
                     *             "name": "Akershus universitetssykehus",
                     *             "kommunenummer": null,
                     *             "abbreviation": "Ahus",
                     *             "partOf": "regionalt-helseforetak-helse-sor-ost"
                     *           },
                     *           "publishedAt": null,
                     *           "tiltakCount": 28
                     *         },
                     *         {
                     *           "planId": "handlingsplan-2020-2022",
                     *           "title": "Handlingsplan for samhandlingen 2020-2022",
                     *           "period": {
                     *             "from": "2020-01-01",
                     *             "to": "2022-12-31"
                     *           },
                     *           "owner": {
                     *             "id": "helseforetak-akershus-universitetssykehus",
                     *             "kind": "helseforetak",
                     *             "name": "Akershus universitetssykehus",
                     *             "kommunenummer": null,
                     *             "abbreviation": "Ahus",
                     *             "partOf": "regionalt-helseforetak-helse-sor-ost"
                     *           },
                     *           "publishedAt": null,
                     *           "tiltakCount": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        plans: {
                            planId: string;
                            title: string;
                            period: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            };
                            owner: components["schemas"]["Party"];
                            publishedAt: string | null;
                            tiltakCount: number;
                        }[];
                    };
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPlans: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planId: string;
                    title: string;
                    period: {
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                    };
                    owner: {
                        /** @enum {string} */
                        kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                        name: string;
                        kommunenummer?: string;
                        abbreviation?: string;
                        partOf?: string;
                    };
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    /** @description Where what was created is read: `/plans/{planId}` or `/tiltak/{tiltakId}` */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "0",
                     *       "position": "127",
                     *       "eventIds": [
                     *         "b36eed7f-de29-464d-8177-ab1fdb757274"
                     *       ],
                     *       "id": "handlingsplan-2020-2022"
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlansByPlanId: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 Not Modified, without a body, while it is still the answer. */
                "if-none-match"?: string;
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The revision known at knownAt, then the numbers that name this answer: `"25.1207.310.296"`. Send it as If-None-Match for a 304, or its first number as If-Match of a command. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "planId": "handlingsplan-2020-2022",
                     *       "title": "Handlingsplan for samhandlingen 2020-2022",
                     *       "period": {
                     *         "from": "2020-01-01",
                     *         "to": "2022-12-31"
                     *       },
                     *       "owner": {
                     *         "id": "helseforetak-akershus-universitetssykehus",
                     *         "kind": "helseforetak",
                     *         "name": "Akershus universitetssykehus",
                     *         "kommunenummer": null,
                     *         "abbreviation": "Ahus",
                     *         "partOf": "regionalt-helseforetak-helse-sor-ost"
                     *       },
                     *       "createdAt": "2019-12-31T23:00:00.000Z",
                     *       "publishedAt": null,
                     *       "goals": [],
                     *       "satsningsomrader": [],
                     *       "revision": "0",
                     *       "lastChange": {
                     *         "eventId": "b36eed7f-de29-464d-8177-ab1fdb757274",
                     *         "type": "PlanCreated",
                     *         "streamId": "plan-handlingsplan-2020-2022",
                     *         "revision": "0",
                     *         "position": "127",
                     *         "recordedAt": "2026-12-03T19:28:24.235Z",
                     *         "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *         "actor": {
                     *           "id": "0017700cdb58",
                     *           "name": "Dag Admin",
                     *           "role": "admin",
                     *           "organization": "Ahus"
                     *         },
                     *         "reason": null,
                     *         "source": {
                     *           "kind": "api"
                     *         },
                     *         "correlationId": "c5ebce512c356f273b6cb3f629984da3-33b2606030769a82"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Not Modified: the ETag sent in If-None-Match still names the answer */
            304: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The revision known at knownAt, then the numbers that name this answer: `"25.1207.310.296"`. Send it as If-None-Match for a 304, or its first number as If-Match of a command. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPlansByPlanIdSatsningsomrader: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    satsningsomradeId: string;
                    number: number;
                    title: string;
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    /** @description Where what was created is read: `/plans/{planId}` or `/tiltak/{tiltakId}` */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "1",
                     *       "position": "128",
                     *       "eventIds": [
                     *         "041112a5-8ec1-4246-9ebc-bf7d3a727c5f"
                     *       ],
                     *       "id": "sarbare-grupper"
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPlansByPlanIdTiltaksomrader: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tiltaksomradeId: string;
                    satsningsomradeId: string;
                    title: string;
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    /** @description Where what was created is read: `/plans/{planId}` or `/tiltak/{tiltakId}` */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "2",
                     *       "position": "129",
                     *       "eventIds": [
                     *         "346c64bc-6613-4b24-baf5-b63d9f8bb5ac"
                     *       ],
                     *       "id": "skropelige-eldre"
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPlansByPlanIdGoals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    goalId: string;
                    /** @enum {string} */
                    kind: "overall" | "effect" | "quality";
                    text: string;
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    /** @description Where what was created is read: `/plans/{planId}` or `/tiltak/{tiltakId}` */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "3",
                     *       "position": "130",
                     *       "eventIds": [
                     *         "04d81fd1-669d-4515-a616-b1509b8a4716"
                     *       ],
                     *       "id": "effektmal-1"
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlansByPlanIdTimeline: {
        parameters: {
            query?: {
                /** @description Start (a date: the start of that day in Europe/Oslo). Default: start of the plan period. */
                from?: string;
                /** @description End, exclusive (a date: up to the end of that day). Default: end of the plan period. */
                to?: string;
                interval?: "month" | "quarter";
                /** @description As the system knew it at this instant. Default: now. */
                knownAt?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "planId": "handlingsplan-2020-2022",
                     *       "from": "2019-12-31T23:00:00.000Z",
                     *       "to": "2022-12-31T23:00:00.000Z",
                     *       "interval": "quarter",
                     *       "knownAt": null,
                     *       "buckets": [
                     *         {
                     *           "label": "2020-Q1",
                     *           "from": "2019-12-31T23:00:00.000Z",
                     *           "to": "2020-03-31T22:00:00.000Z",
                     *           "firstDate": "2020-01-01",
                     *           "lastDate": "2020-03-31",
                     *           "statusCounts": [
                     *             {
                     *               "status": "PLANNED",
                     *               "statusLabel": "Under planlegging",
                     *               "count": 0
                     *             },
                     *             {
                     *               "status": "IN_PROGRESS",
                     *               "statusLabel": "Pågår",
                     *               "count": 0
                     *             }
                     *           ],
                     *           "tiltakCount": 0,
                     *           "created": 0,
                     *           "completed": 0,
                     *           "discontinued": 0,
                     *           "fundingGranted": {
                     *             "count": 0,
                     *             "amountNok": 0,
                     *             "withoutAmount": 0
                     *           },
                     *           "changeCount": 3,
                     *           "changes": [
                     *             {
                     *               "eventId": "b36eed7f-de29-464d-8177-ab1fdb757274",
                     *               "type": "PlanCreated",
                     *               "tiltakId": null,
                     *               "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *               "effectiveDate": "2020-01-01",
                     *               "recordedAt": "2026-12-03T19:28:24.235Z",
                     *               "recordedDate": "2026-12-03",
                     *               "summary": "Planen opprettet: «Handlingsplan for samhandlingen 2020-2022» (2020-01-01–2022-12-31)"
                     *             },
                     *             {
                     *               "eventId": "041112a5-8ec1-4246-9ebc-bf7d3a727c5f",
                     *               "type": "SatsningsomradeAdded",
                     *               "tiltakId": null,
                     *               "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *               "effectiveDate": "2020-01-01",
                     *               "recordedAt": "2026-12-03T19:28:25.456Z",
                     *               "recordedDate": "2026-12-03",
                     *               "summary": "Nytt satsningsområde 1: Samarbeid om de mest sårbare pasientgruppene"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "label": "2020-Q2",
                     *           "from": "2020-03-31T22:00:00.000Z",
                     *           "to": "2020-06-30T22:00:00.000Z",
                     *           "firstDate": "2020-04-01",
                     *           "lastDate": "2020-06-30",
                     *           "statusCounts": [
                     *             {
                     *               "status": "PLANNED",
                     *               "statusLabel": "Under planlegging",
                     *               "count": 0
                     *             },
                     *             {
                     *               "status": "IN_PROGRESS",
                     *               "statusLabel": "Pågår",
                     *               "count": 0
                     *             }
                     *           ],
                     *           "tiltakCount": 0,
                     *           "created": 0,
                     *           "completed": 0,
                     *           "discontinued": 0,
                     *           "fundingGranted": {
                     *             "count": 0,
                     *             "amountNok": 0,
                     *             "withoutAmount": 0
                     *           },
                     *           "changeCount": 0,
                     *           "changes": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlansByPlanIdChanges: {
        parameters: {
            query?: {
                /** @description Start (a date: the start of that day in Europe/Oslo). Default: start of the plan period. */
                from?: string;
                /** @description End, exclusive (a date: up to the end of that day). Default: end of the plan period. */
                to?: string;
                /** @description As the system knew it at this instant. Default: now (fixed by the first page). */
                knownAt?: string;
                /** @description Entries per page (default 100, at most 500) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "planId": "handlingsplan-2020-2022",
                     *       "from": "2019-12-31T23:00:00.000Z",
                     *       "to": "2022-12-31T23:00:00.000Z",
                     *       "knownAt": "2026-12-03T19:28:26.178Z",
                     *       "changes": [
                     *         {
                     *           "eventId": "b36eed7f-de29-464d-8177-ab1fdb757274",
                     *           "type": "PlanCreated",
                     *           "tiltakId": null,
                     *           "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *           "effectiveDate": "2020-01-01",
                     *           "recordedAt": "2026-12-03T19:28:24.235Z",
                     *           "recordedDate": "2026-12-03",
                     *           "summary": "Planen opprettet: «Handlingsplan for samhandlingen 2020-2022» (2020-01-01–2022-12-31)"
                     *         },
                     *         {
                     *           "eventId": "041112a5-8ec1-4246-9ebc-bf7d3a727c5f",
                     *           "type": "SatsningsomradeAdded",
                     *           "tiltakId": null,
                     *           "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *           "effectiveDate": "2020-01-01",
                     *           "recordedAt": "2026-12-03T19:28:25.456Z",
                     *           "recordedDate": "2026-12-03",
                     *           "summary": "Nytt satsningsområde 1: Samarbeid om de mest sårbare pasientgruppene"
                     *         }
                     *       ],
                     *       "total": 3,
                     *       "nextCursor": null,
                     *       "next": null
                     *     }
                     */
                    "application/json": components["schemas"]["PlanChanges"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlansByPlanIdDiff: {
        parameters: {
            query?: {
                /** @description Valid time of the first state (a bare date: the end of that day in Europe/Oslo). */
                fromValidAt?: string;
                /** @description Transaction time of the first state. */
                fromKnownAt?: string;
                /** @description Valid time of the second state. Default: now. */
                toValidAt?: string;
                /** @description Transaction time of the second state. Default: now. */
                toKnownAt?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "planId": "handlingsplan-2020-2022",
                     *       "from": {
                     *         "validAt": "2021-01-01T22:59:59.999Z"
                     *       },
                     *       "to": {
                     *         "validAt": "2021-09-07T21:59:59.999Z"
                     *       },
                     *       "plan": [],
                     *       "planEvents": [],
                     *       "planEventCount": 0,
                     *       "added": [],
                     *       "removed": [],
                     *       "changed": []
                     *     }
                     */
                    "application/json": components["schemas"]["PlanDiff"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTiltak: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                planId?: string;
                satsningsomradeId?: string;
                /** @description Its own tiltaksområde or one it is also listed under */
                tiltaksomradeId?: string;
                /** @description Any of these statuses, comma-separated or repeated; NOT_REPORTED for "Ikke rapportert" */
                status?: string | string[];
                /** @description The party or any of its units (GET /parties gives the ids) */
                partyId?: string;
                /** @description The part partyId plays: responsible, participant or either (default) */
                role?: "responsible" | "participant" | "any";
                /** @description Has a grant for this year that stands (not withdrawn) */
                fundedIn?: number;
                /** @description Every word in the title or description (case and æøå/accents ignored) */
                q?: string;
                /** @description Entries per page (default 50, at most 200) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "tiltakId": "ahus-integrerte-helsetjenester-sarbare-eldre",
                     *           "planId": "ahus-2020-2022",
                     *           "satsningsomradeId": "ahus-sa-de-mest-sarbare-pasientgruppene",
                     *           "satsningsomradeNumber": 1,
                     *           "tiltaksomradeId": "ahus-to-skropelige-eldre",
                     *           "tiltaksomrade": "Skrøpelige eldre",
                     *           "alsoTiltaksomradeIds": [
                     *             "ahus-to-personer-med-flere-kroniske-lidelser"
                     *           ],
                     *           "number": "1",
                     *           "title": "Integrerte helsetjenester for sårbare eldre med sammensatte behov",
                     *           "description": null,
                     *           "status": "IN_PROGRESS",
                     *           "statusLabel": "Pågår",
                     *           "responsible": [
                     *             {
                     *               "id": "helseforetak-akershus-universitetssykehus",
                     *               "kind": "helseforetak",
                     *               "name": "Akershus universitetssykehus",
                     *               "kommunenummer": null,
                     *               "abbreviation": "Ahus",
                     *               "partOf": "regionalt-helseforetak-helse-sor-ost"
                     *             },
                     *             {
                     *               "id": "kommune-3030",
                     *               "kind": "kommune",
                     *               "name": "Lillestrøm",
                     *               "kommunenummer": "3030"
                     *             }
                     *           ],
                     *           "participants": [
                     *             {
                     *               "id": "brukerorganisasjon-landsforeningen-for-hjerte-og-lungesyke",
                     *               "kind": "brukerorganisasjon",
                     *               "name": "Landsforeningen for hjerte- og lungesyke",
                     *               "kommunenummer": null
                     *             }
                     *           ],
                     *           "responsibleAsWritten": "Eget prosjekt mellom Ahus, og kommunene Lillestrøm, Lørenskog, Nordre Follo og Ullensaker. Brukerrepresentant, Landsforeningen for hjerte- og lungesyke Pågår",
                     *           "fundingYears": [
                     *             2021
                     *           ],
                     *           "revision": "2",
                     *           "lastChange": {
                     *             "eventId": "3cdf8b9b-06b2-8952-b31b-3133679c325c",
                     *             "type": "FundingGranted",
                     *             "streamId": "tiltak-ahus-integrerte-helsetjenester-sarbare-eldre",
                     *             "revision": "2",
                     *             "position": "34",
                     *             "recordedAt": "2026-12-03T19:28:22.151Z",
                     *             "effectiveAt": "2021-09-06T22:00:00.000Z",
                     *             "actor": {
                     *               "id": "import",
                     *               "name": "Import: Handlingsplan for samhandlingen 2020-2022",
                     *               "role": "admin"
                     *             },
                     *             "reason": "for videreføring av arbeidet",
                     *             "source": {
                     *               "kind": "import",
                     *               "document": "000_e9bec1d5a818ddab.txt",
                     *               "locator": "line 81: tildelt samhandlingsmidler 2021 for videreføring av arbeidet"
                     *             },
                     *             "correlationId": "38a7cbb9-29d5-406d-b9ad-ca0cef2d6dae"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["TiltakPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltak: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The id to give it; left out, it is made from the title (`tiltak-<words of the title>`, `-2`, `-3` … when taken). The answer carries it as `id`. */
                    tiltakId?: string;
                    planId: string;
                    tiltaksomradeId: string;
                    number?: string;
                    title: string;
                    description?: string;
                    status?: ("PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN") | null;
                    responsible?: {
                        /** @enum {string} */
                        kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                        name: string;
                        kommunenummer?: string;
                        abbreviation?: string;
                        partOf?: string;
                    }[];
                    participants?: {
                        /** @enum {string} */
                        kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                        name: string;
                        kommunenummer?: string;
                        abbreviation?: string;
                        partOf?: string;
                    }[];
                    responsibleAsWritten?: string;
                    alsoTiltaksomradeIds?: string[];
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    /** @description Where what was created is read: `/plans/{planId}` or `/tiltak/{tiltakId}` */
                    location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "0",
                     *       "position": "131",
                     *       "eventIds": [
                     *         "0e32ffe1-15ff-4b30-a7bf-66eff6654358"
                     *       ],
                     *       "id": "integrerte-helsetjenester"
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTiltakByTiltakId: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 Not Modified, without a body, while it is still the answer. */
                "if-none-match"?: string;
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The revision known at knownAt, then the numbers that name this answer: `"25.1207.310.296"`. Send it as If-None-Match for a 304, or its first number as If-Match of a command. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tiltakId": "integrerte-helsetjenester",
                     *       "planId": "ahus-2020-2022",
                     *       "tiltaksomradeId": "ahus-to-skropelige-eldre",
                     *       "number": "1.1.1",
                     *       "title": "Integrerte helsetjenester for skrøpelige eldre",
                     *       "description": null,
                     *       "status": "PLANNED",
                     *       "statusLabel": "Under planlegging",
                     *       "lastKnownStatus": "PLANNED",
                     *       "responsible": [
                     *         {
                     *           "id": "fagrad-for-eldre",
                     *           "kind": "fagrad",
                     *           "name": "Fagråd for eldre",
                     *           "kommunenummer": null
                     *         }
                     *       ],
                     *       "participants": [
                     *         {
                     *           "id": "kommune-3030",
                     *           "kind": "kommune",
                     *           "name": "Lillestrøm",
                     *           "kommunenummer": "3030"
                     *         }
                     *       ],
                     *       "responsibleAsWritten": null,
                     *       "alsoTiltaksomradeIds": [],
                     *       "funding": [],
                     *       "statusHistory": [
                     *         {
                     *           "eventId": "0e32ffe1-15ff-4b30-a7bf-66eff6654358",
                     *           "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *           "status": "PLANNED",
                     *           "reason": null
                     *         }
                     *       ],
                     *       "notes": [],
                     *       "noteCount": 0,
                     *       "statusReportCount": 1,
                     *       "fundingCount": 0,
                     *       "createdAt": "2019-12-31T23:00:00.000Z",
                     *       "revision": "0",
                     *       "lastChange": {
                     *         "eventId": "0e32ffe1-15ff-4b30-a7bf-66eff6654358",
                     *         "type": "TiltakCreated",
                     *         "streamId": "tiltak-integrerte-helsetjenester",
                     *         "revision": "0",
                     *         "position": "131",
                     *         "recordedAt": "2026-12-03T19:28:26.370Z",
                     *         "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *         "actor": {
                     *           "id": "0017700cdb58",
                     *           "name": "Dag Admin",
                     *           "role": "admin",
                     *           "organization": "Ahus"
                     *         },
                     *         "reason": null,
                     *         "source": {
                     *           "kind": "api"
                     *         },
                     *         "correlationId": "e11a4e049c8c88a8ed74d83b92633d40-32003d55457faa55"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Tiltak"];
                };
            };
            /** @description Not Modified: the ETag sent in If-None-Match still names the answer */
            304: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The revision known at knownAt, then the numbers that name this answer: `"25.1207.310.296"`. Send it as If-None-Match for a 304, or its first number as If-Match of a command. */
                    etag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTiltakByTiltakIdHistory: {
        parameters: {
            query?: {
                /** @description As the system knew it at this instant (a bare date: the end of that day). Default: now. */
                knownAt?: string;
                /** @description Entries per page (default 50, at most 200) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tiltakId": "integrerte-helsetjenester",
                     *       "knownAt": null,
                     *       "entries": [
                     *         {
                     *           "eventId": "0e32ffe1-15ff-4b30-a7bf-66eff6654358",
                     *           "type": "TiltakCreated",
                     *           "streamId": "tiltak-integrerte-helsetjenester",
                     *           "revision": "0",
                     *           "position": "131",
                     *           "recordedAt": "2026-12-03T19:28:26.370Z",
                     *           "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *           "actor": {
                     *             "id": "0017700cdb58",
                     *             "name": "Dag Admin",
                     *             "role": "admin",
                     *             "organization": "Ahus"
                     *           },
                     *           "reason": null,
                     *           "source": {
                     *             "kind": "api"
                     *           },
                     *           "correlationId": "e11a4e049c8c88a8ed74d83b92633d40-32003d55457faa55",
                     *           "data": {
                     *             "alsoTiltaksomradeIds": [],
                     *             "description": null,
                     *             "number": "1.1.1",
                     *             "participants": [
                     *               {
                     *                 "id": "kommune-3030",
                     *                 "kind": "kommune",
                     *                 "kommunenummer": "3030",
                     *                 "name": "Lillestrøm"
                     *               }
                     *             ],
                     *             "planId": "ahus-2020-2022",
                     *             "responsible": [
                     *               {
                     *                 "id": "fagrad-for-eldre",
                     *                 "kind": "fagrad",
                     *                 "kommunenummer": null,
                     *                 "name": "Fagråd for eldre"
                     *               }
                     *             ],
                     *             "responsibleAsWritten": null,
                     *             "status": "PLANNED",
                     *             "tiltakId": "integrerte-helsetjenester",
                     *             "tiltaksomradeId": "ahus-to-skropelige-eldre",
                     *             "title": "Integrerte helsetjenester for skrøpelige eldre"
                     *           },
                     *           "retractedBy": null,
                     *           "changes": [
                     *             {
                     *               "field": "tiltaksomradeId",
                     *               "before": null,
                     *               "after": "ahus-to-skropelige-eldre"
                     *             },
                     *             {
                     *               "field": "number",
                     *               "before": null,
                     *               "after": "1.1.1"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "nextCursor": null,
                     *       "next": null
                     *     }
                     */
                    "application/json": {
                        tiltakId: string;
                        knownAt: string | null;
                        entries: components["schemas"]["HistoryEntry"][];
                        /** @description Entries on all pages together */
                        total: number;
                        /** @description Pass as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description The next page (also in the `Link` header); null on the last */
                        next: string | null;
                    };
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTiltakByTiltakIdNotes: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description Entries per page (default 50, at most 200) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tiltakId": "integrerte-helsetjenester",
                     *       "notes": [],
                     *       "total": 0,
                     *       "nextCursor": null,
                     *       "next": null
                     *     }
                     */
                    "application/json": {
                        tiltakId: string;
                        notes: {
                            eventId: string;
                            /**
                             * Format: date-time
                             * @example 2021-03-01T09:00:00.000Z
                             */
                            effectiveAt: string;
                            text: string;
                            author: components["schemas"]["Actor"];
                        }[];
                        /** @description Entries on all pages together */
                        total: number;
                        /** @description Pass as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description The next page (also in the `Link` header); null on the last */
                        next: string | null;
                    };
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdNotes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "1",
                     *       "position": "132",
                     *       "eventIds": [
                     *         "b95857ce-8174-4c27-a069-c18da9f65747"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN";
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "2",
                     *       "position": "133",
                     *       "eventIds": [
                     *         "32d6fb60-c03c-428a-bd6d-12702ce2fea4"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdResponsibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    responsible: {
                        /** @enum {string} */
                        kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                        name: string;
                        kommunenummer?: string;
                        abbreviation?: string;
                        partOf?: string;
                    }[];
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "3",
                     *       "position": "134",
                     *       "eventIds": [
                     *         "0c91f22c-02d2-4719-8097-fbdeee880a78"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdParticipants: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    participants: {
                        /** @enum {string} */
                        kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                        name: string;
                        kommunenummer?: string;
                        abbreviation?: string;
                        partOf?: string;
                    }[];
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "4",
                     *       "position": "135",
                     *       "eventIds": [
                     *         "119cc824-c7dd-4bd3-ac3c-2c3fed5e1835"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdFunding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    grantId?: string;
                    source: string;
                    year: number;
                    amountNok?: number | null;
                    decisionReference?: string | null;
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "5",
                     *       "position": "136",
                     *       "eventIds": [
                     *         "fcf95ea8-da50-4ca3-b78c-910797b0988a"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdRevisions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number?: string | null;
                    title?: string;
                    description?: string | null;
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "6",
                     *       "position": "137",
                     *       "eventIds": [
                     *         "e6f5369f-f235-4fc8-8e29-2f856cb7a463"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdMove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tiltaksomradeId: string;
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "7",
                     *       "position": "138",
                     *       "eventIds": [
                     *         "ab0221e5-c4e5-4c9c-a731-2cfff1b5cf54"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postTiltakByTiltakIdFundingByGrantIdWithdrawal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                tiltakId: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                    effectiveAt?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "8",
                     *       "position": "139",
                     *       "eventIds": [
                     *         "49057f30-508e-4624-92ff-02146b866f8b"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParties: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description Words in the name, abbreviation or another name (case and æøå/accents ignored) */
                q?: string;
                kind?: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                /** @description A kommunenummer of any period (3030 and 3205 both find Lillestrøm) */
                kommunenummer?: string;
                /** @description Entries per page (default 50, at most 200) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "partyId": "kommune-3030",
                     *           "kind": "kommune",
                     *           "kindLabel": "Kommune",
                     *           "name": "Lillestrøm",
                     *           "abbreviation": null,
                     *           "alsoNamed": [],
                     *           "kommunenummer": "3030",
                     *           "kommunenummerPeriods": [
                     *             {
                     *               "kommunenummer": "3030",
                     *               "from": "2020-01-01",
                     *               "to": "2023-12-31"
                     *             },
                     *             {
                     *               "kommunenummer": "3205",
                     *               "from": "2024-01-01",
                     *               "to": null
                     *             }
                     *           ],
                     *           "partOf": null,
                     *           "parts": [
                     *             "other-lillestrom-palsetnet"
                     *           ],
                     *           "partsTotal": 1,
                     *           "members": [],
                     *           "memberOf": [
                     *             "gruppe-kommunene-i-opptaksomradet"
                     *           ],
                     *           "inCatalogue": true
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PartyPage"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartiesByPartyId: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description Entries per page (default 50, at most 200) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path: {
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "party": {
                     *         "partyId": "helseforetak-akershus-universitetssykehus",
                     *         "kind": "helseforetak",
                     *         "kindLabel": "Helseforetak",
                     *         "name": "Akershus universitetssykehus",
                     *         "abbreviation": "Ahus",
                     *         "alsoNamed": [],
                     *         "kommunenummer": null,
                     *         "kommunenummerPeriods": [],
                     *         "partOf": "regionalt-helseforetak-helse-sor-ost",
                     *         "parts": [
                     *           "klinikk-ahus-abup",
                     *           "klinikk-ahus-akuttmedisinsk-avdeling",
                     *           "klinikk-ahus-avdeling-samhandling-og-helsefremming",
                     *           "klinikk-ahus-blodbanken",
                     *           "klinikk-ahus-dps-nedre-romerike",
                     *           "klinikk-ahus-dps-ovre-romerike",
                     *           "klinikk-ahus-ortopedisk-klinikk",
                     *           "klinikk-ahus-urologisk-poliklinikk"
                     *         ],
                     *         "partsTotal": 8,
                     *         "members": [],
                     *         "memberOf": [
                     *           "gruppe-ahus-og-kommunene"
                     *         ],
                     *         "inCatalogue": true
                     *       },
                     *       "counts": {
                     *         "tiltak": 17,
                     *         "responsible": 16,
                     *         "participant": 1
                     *       },
                     *       "tiltak": {
                     *         "items": [
                     *           {
                     *             "tiltakId": "ahus-revisjon-bup-retningslinjer",
                     *             "planId": "ahus-2020-2022",
                     *             "satsningsomradeId": "ahus-sa-de-mest-sarbare-pasientgruppene",
                     *             "satsningsomradeNumber": 1,
                     *             "tiltaksomradeId": "ahus-to-barn-og-unge",
                     *             "tiltaksomrade": "Barn og unge",
                     *             "alsoTiltaksomradeIds": [],
                     *             "number": "2",
                     *             "title": "Revisjon av BUP retningslinjer, jf. revisjonsplan",
                     *             "description": "Mål om lik retningslinje for alle fire regionene.",
                     *             "status": null,
                     *             "statusLabel": "Ikke rapportert",
                     *             "responsible": [
                     *               {
                     *                 "id": "utvalg-au",
                     *                 "kind": "utvalg",
                     *                 "name": "AU",
                     *                 "kommunenummer": null
                     *               }
                     *             ],
                     *             "participants": [
                     *               {
                     *                 "id": "helseforetak-akershus-universitetssykehus",
                     *                 "kind": "helseforetak",
                     *                 "name": "Akershus universitetssykehus",
                     *                 "kommunenummer": null,
                     *                 "abbreviation": "Ahus",
                     *                 "partOf": "regionalt-helseforetak-helse-sor-ost"
                     *               },
                     *               {
                     *                 "id": "gruppe-kommunene-i-opptaksomradet",
                     *                 "kind": "gruppe",
                     *                 "name": "Kommunene i opptaksområdet",
                     *                 "kommunenummer": null
                     *               }
                     *             ],
                     *             "responsibleAsWritten": "AU Nedsatt arbeidsgruppe med repr. fra Ahus og kommuner med leder fra ABUP Ahus og sekretær AU Pågår",
                     *             "fundingYears": [],
                     *             "revision": "2",
                     *             "lastChange": {
                     *               "eventId": "1a3057f4-02e5-82d1-b98c-1f549a7ab8f3",
                     *               "type": "TiltakCreated",
                     *               "streamId": "tiltak-ahus-revisjon-bup-retningslinjer",
                     *               "revision": "0",
                     *               "position": "29",
                     *               "recordedAt": "2026-12-03T19:28:22.150Z",
                     *               "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *               "actor": {
                     *                 "id": "import",
                     *                 "name": "Import: Handlingsplan for samhandlingen 2020-2022",
                     *                 "role": "admin"
                     *               },
                     *               "reason": null,
                     *               "source": {
                     *                 "kind": "import",
                     *                 "document": "000_e9bec1d5a818ddab.txt",
                     *                 "locator": "line 80: Tiltak 2 - Revisjon av BUP retningslinjer, jf. revisjonsplan"
                     *               },
                     *               "correlationId": "38a7cbb9-29d5-406d-b9ad-ca0cef2d6dae"
                     *             },
                     *             "roles": [
                     *               "participant"
                     *             ],
                     *             "via": [
                     *               "helseforetak-akershus-universitetssykehus",
                     *               "klinikk-ahus-abup"
                     *             ]
                     *           },
                     *           {
                     *             "tiltakId": "ahus-integrerte-helsetjenester-sarbare-eldre",
                     *             "planId": "ahus-2020-2022",
                     *             "satsningsomradeId": "ahus-sa-de-mest-sarbare-pasientgruppene",
                     *             "satsningsomradeNumber": 1,
                     *             "tiltaksomradeId": "ahus-to-skropelige-eldre",
                     *             "tiltaksomrade": "Skrøpelige eldre",
                     *             "alsoTiltaksomradeIds": [
                     *               "ahus-to-personer-med-flere-kroniske-lidelser"
                     *             ],
                     *             "number": "1",
                     *             "title": "Integrerte helsetjenester for sårbare eldre med sammensatte behov",
                     *             "description": null,
                     *             "status": null,
                     *             "statusLabel": "Ikke rapportert",
                     *             "responsible": [
                     *               {
                     *                 "id": "helseforetak-akershus-universitetssykehus",
                     *                 "kind": "helseforetak",
                     *                 "name": "Akershus universitetssykehus",
                     *                 "kommunenummer": null,
                     *                 "abbreviation": "Ahus",
                     *                 "partOf": "regionalt-helseforetak-helse-sor-ost"
                     *               },
                     *               {
                     *                 "id": "kommune-3030",
                     *                 "kind": "kommune",
                     *                 "name": "Lillestrøm",
                     *                 "kommunenummer": "3030"
                     *               }
                     *             ],
                     *             "participants": [
                     *               {
                     *                 "id": "brukerorganisasjon-landsforeningen-for-hjerte-og-lungesyke",
                     *                 "kind": "brukerorganisasjon",
                     *                 "name": "Landsforeningen for hjerte- og lungesyke",
                     *                 "kommunenummer": null
                     *               }
                     *             ],
                     *             "responsibleAsWritten": "Eget prosjekt mellom Ahus, og kommunene Lillestrøm, Lørenskog, Nordre Follo og Ullensaker. Brukerrepresentant, Landsforeningen for hjerte- og lungesyke Pågår",
                     *             "fundingYears": [],
                     *             "revision": "2",
                     *             "lastChange": {
                     *               "eventId": "95873995-dd1c-80f2-98f2-a1f8b3d4f0e7",
                     *               "type": "TiltakCreated",
                     *               "streamId": "tiltak-ahus-integrerte-helsetjenester-sarbare-eldre",
                     *               "revision": "0",
                     *               "position": "32",
                     *               "recordedAt": "2026-12-03T19:28:22.151Z",
                     *               "effectiveAt": "2019-12-31T23:00:00.000Z",
                     *               "actor": {
                     *                 "id": "import",
                     *                 "name": "Import: Handlingsplan for samhandlingen 2020-2022",
                     *                 "role": "admin"
                     *               },
                     *               "reason": null,
                     *               "source": {
                     *                 "kind": "import",
                     *                 "document": "000_e9bec1d5a818ddab.txt",
                     *                 "locator": "line 81: Tiltak 1 - Integrerte helsetjenester for sårbare eldre med sammensatte behov"
                     *               },
                     *               "correlationId": "38a7cbb9-29d5-406d-b9ad-ca0cef2d6dae"
                     *             },
                     *             "roles": [
                     *               "responsible"
                     *             ],
                     *             "via": [
                     *               "helseforetak-akershus-universitetssykehus"
                     *             ]
                     *           }
                     *         ],
                     *         "nextCursor": null,
                     *         "total": 17
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PartyDetail"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByEventIdRetractions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "3",
                     *       "position": "140",
                     *       "eventIds": [
                     *         "4a946c1b-8df9-4ecb-b938-5625a28e8664"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEventsByEventIdCorrections: {
        parameters: {
            query?: never;
            header?: {
                /** @description Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since. */
                "if-match"?: string;
                /** @description Make a retry safe: the same key with the same request returns the first response and appends nothing. */
                "idempotency-key"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    replacement: {
                        /** @enum {string} */
                        type: "ChangeTiltakStatus";
                        data: {
                            /** @enum {string} */
                            status: "PLANNED" | "IN_PROGRESS" | "ON_HOLD" | "COMPLETED" | "DISCONTINUED" | "CARRIED_OVER" | "UNKNOWN";
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "ReassignResponsibility";
                        data: {
                            responsible: {
                                /** @enum {string} */
                                kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                                name: string;
                                kommunenummer?: string;
                                abbreviation?: string;
                                partOf?: string;
                            }[];
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "ChangeParticipants";
                        data: {
                            participants: {
                                /** @enum {string} */
                                kind: "helseforetak" | "regionalt-helseforetak" | "ideelt-sykehus" | "kommune" | "fagrad" | "utvalg" | "klinikk" | "brukerorganisasjon" | "gruppe" | "other";
                                name: string;
                                kommunenummer?: string;
                                abbreviation?: string;
                                partOf?: string;
                            }[];
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "GrantFunding";
                        data: {
                            grantId?: string;
                            source: string;
                            year: number;
                            amountNok?: number | null;
                            decisionReference?: string | null;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "WithdrawFunding";
                        data: {
                            grantId: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "ReviseTiltak";
                        data: {
                            number?: string | null;
                            title?: string;
                            description?: string | null;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "MoveTiltak";
                        data: {
                            tiltaksomradeId: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "NoteProgress";
                        data: {
                            text: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "RevisePlan";
                        data: {
                            title?: string;
                            period?: {
                                /** Format: date */
                                from: string;
                                /** Format: date */
                                to: string;
                            };
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "AddGoal";
                        data: {
                            goalId: string;
                            /** @enum {string} */
                            kind: "overall" | "effect" | "quality";
                            text: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "ReviseGoal";
                        data: {
                            goalId: string;
                            text: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "AddSatsningsomrade";
                        data: {
                            satsningsomradeId: string;
                            number: number;
                            title: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "ReviseSatsningsomrade";
                        data: {
                            satsningsomradeId: string;
                            number?: number;
                            title?: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "AddTiltaksomrade";
                        data: {
                            tiltaksomradeId: string;
                            satsningsomradeId: string;
                            title: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "ReviseTiltaksomrade";
                        data: {
                            tiltaksomradeId: string;
                            title: string;
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    } | {
                        /** @enum {string} */
                        type: "PublishPlan";
                        data: {
                            /** @description When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded. */
                            effectiveAt?: string;
                            reason?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The new revision of the stream written to, for the next If-Match: `"4"` */
                    etag?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description true: the write is stored but this instance's projections had not applied it within 5 s; a read may not show it yet */
                    "x-projection-pending"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revision": "5",
                     *       "position": "142",
                     *       "eventIds": [
                     *         "05ff3b9e-9c32-4700-998f-d2e1ee83cbb2",
                     *         "6a3c437f-ae02-4552-8e55-512822939b0c"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A domain rule refuses the command (`TILTAK.REOPEN_NEEDS_REASON`, `TILTAK.NO_CHANGE`, …), `STORE.CONCURRENT_WRITE`, or `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description With IDEMPOTENCY.IN_PROGRESS: seconds to wait before retrying with the same key */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/tiltak/no-change",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "TILTAK.NO_CHANGE",
                     *       "detail": "the revision changes nothing"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not name the current revision: `PRECONDITION.REVISION_MISMATCH` */
            412: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/precondition/revision-mismatch",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "code": "PRECONDITION.REVISION_MISMATCH",
                     *       "detail": "If-Match does not name the current revision; read the resource again",
                     *       "currentRevision": "4",
                     *       "currentETag": "\"4\""
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body exceeds 1 MiB: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "code": "REQUEST.TOO_LARGE",
                     *       "detail": "Request body is too large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/unsupported-media-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "code": "REQUEST.UNSUPPORTED_MEDIA_TYPE",
                     *       "detail": "Unsupported Media Type: text/plain"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/idempotency/key-reused",
                     *       "title": "Unprocessable Content",
                     *       "status": 422,
                     *       "code": "IDEMPOTENCY.KEY_REUSED",
                     *       "detail": "this Idempotency-Key was used for a different request; use a new key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description true: the answer of an earlier request with the same Idempotency-Key; nothing was appended */
                    "idempotent-replayed"?: "true";
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvents: {
        parameters: {
            query?: {
                /** @description Exclusive position to continue after */
                after?: string;
                limit?: number;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "eventId": "80b6c465-821a-83fa-9c1c-075476847198",
                     *           "type": "TiltaksomradeAdded",
                     *           "streamId": "plan-hso-regional-utviklingsplan-2035",
                     *           "revision": "16",
                     *           "position": "101",
                     *           "recordedAt": "2026-12-03T19:28:22.444Z",
                     *           "effectiveAt": "2019-12-11T23:00:00.000Z",
                     *           "actor": {
                     *             "id": "import",
                     *             "name": "Import: Samarbeid om de som trenger det mest",
                     *             "role": "admin"
                     *           },
                     *           "reason": null,
                     *           "source": {
                     *             "kind": "import",
                     *             "document": "004_5f5712c7fe195a2f.txt",
                     *             "locator": "line 84: Diakonhjemmet sykehus"
                     *           },
                     *           "correlationId": "ff41d067-5dc5-46d0-a476-c5067e6d63c3",
                     *           "schemaVersion": 1,
                     *           "causationId": "ff41d067-5dc5-46d0-a476-c5067e6d63c3",
                     *           "data": {
                     *             "planId": "hso-regional-utviklingsplan-2035",
                     *             "satsningsomradeId": "hso-sa-samarbeid-om-de-som-trenger-det-mest",
                     *             "tiltaksomradeId": "hso-to-diakonhjemmet-sykehus",
                     *             "title": "Diakonhjemmet sykehus"
                     *           },
                     *           "prevHash": "dc4242032462ba409be4a64a654adbae966bf43ef97fe24bf0c3926770b4bc63",
                     *           "hash": "549bed9f5926ff57eb283bc5808ddd796163983ecc6b21ec8c83d5dd11f0ae8e"
                     *         },
                     *         {
                     *           "eventId": "e85eaa80-2d67-8aa0-b3a4-da76a782dc72",
                     *           "type": "TiltaksomradeAdded",
                     *           "streamId": "plan-hso-regional-utviklingsplan-2035",
                     *           "revision": "17",
                     *           "position": "102",
                     *           "recordedAt": "2026-12-03T19:28:22.444Z",
                     *           "effectiveAt": "2019-12-11T23:00:00.000Z",
                     *           "actor": {
                     *             "id": "import",
                     *             "name": "Import: Samarbeid om de som trenger det mest",
                     *             "role": "admin"
                     *           },
                     *           "reason": null,
                     *           "source": {
                     *             "kind": "import",
                     *             "document": "004_5f5712c7fe195a2f.txt",
                     *             "locator": "line 88: Lovisenberg diakonale sykehus"
                     *           },
                     *           "correlationId": "ff41d067-5dc5-46d0-a476-c5067e6d63c3",
                     *           "schemaVersion": 1,
                     *           "causationId": "ff41d067-5dc5-46d0-a476-c5067e6d63c3",
                     *           "data": {
                     *             "planId": "hso-regional-utviklingsplan-2035",
                     *             "satsningsomradeId": "hso-sa-samarbeid-om-de-som-trenger-det-mest",
                     *             "tiltaksomradeId": "hso-to-lovisenberg-diakonale-sykehus",
                     *             "title": "Lovisenberg diakonale sykehus"
                     *           },
                     *           "prevHash": "549bed9f5926ff57eb283bc5808ddd796163983ecc6b21ec8c83d5dd11f0ae8e",
                     *           "hash": "f3902f8fb75c40b16900e37bc636cb53434f3c63a84565b8861cd54a834d1b43"
                     *         }
                     *       ],
                     *       "lastPosition": "142",
                     *       "isEnd": true
                     *     }
                     */
                    "application/json": {
                        events: components["schemas"]["RecordedEvent"][];
                        /** @description Pass as `after` for the next page */
                        lastPosition: string | null;
                        isEnd: boolean;
                    };
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsStatus: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "planId",
                     *         "satsningsomradeNumber",
                     *         "satsningsomrade",
                     *         "tiltaksomrade",
                     *         "status",
                     *         "statusLabel",
                     *         "count"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "satsningsomradeNumber": 1,
                     *           "satsningsomrade": "Samarbeid om de mest sårbare pasientgruppene",
                     *           "tiltaksomrade": "Barn og unge",
                     *           "status": null,
                     *           "statusLabel": "Ikke rapportert",
                     *           "count": 2
                     *         },
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "satsningsomradeNumber": 1,
                     *           "satsningsomrade": "Samarbeid om de mest sårbare pasientgruppene",
                     *           "tiltaksomrade": "Skrøpelige eldre",
                     *           "status": "IN_PROGRESS",
                     *           "statusLabel": "Pågår",
                     *           "count": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                    };
                    /**
                     * @example planId,satsningsomradeNumber,satsningsomrade,tiltaksomrade,status,statusLabel,count
                     *     ahus-2020-2022,1,Samarbeid om de mest sårbare pasientgruppene,Barn og unge,,Ikke rapportert,2
                     *     ahus-2020-2022,1,Samarbeid om de mest sårbare pasientgruppene,Skrøpelige eldre,IN_PROGRESS,Pågår,1
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsStatusTotals: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "planId",
                     *         "satsningsomradeNumber",
                     *         "satsningsomrade",
                     *         "PLANNED",
                     *         "IN_PROGRESS",
                     *         "ON_HOLD",
                     *         "COMPLETED",
                     *         "DISCONTINUED",
                     *         "CARRIED_OVER",
                     *         "UNKNOWN",
                     *         "NOT_REPORTED",
                     *         "total"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "satsningsomradeNumber": 1,
                     *           "satsningsomrade": "Samarbeid om de mest sårbare pasientgruppene",
                     *           "PLANNED": 0,
                     *           "IN_PROGRESS": 1,
                     *           "ON_HOLD": 0,
                     *           "COMPLETED": 1,
                     *           "DISCONTINUED": 0,
                     *           "CARRIED_OVER": 0,
                     *           "UNKNOWN": 0,
                     *           "NOT_REPORTED": 4,
                     *           "total": 6
                     *         },
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "satsningsomradeNumber": 2,
                     *           "satsningsomrade": "Psykisk helse og rus",
                     *           "PLANNED": 0,
                     *           "IN_PROGRESS": 0,
                     *           "ON_HOLD": 0,
                     *           "COMPLETED": 1,
                     *           "DISCONTINUED": 0,
                     *           "CARRIED_OVER": 0,
                     *           "UNKNOWN": 0,
                     *           "NOT_REPORTED": 9,
                     *           "total": 10
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                    };
                    /**
                     * @example planId,satsningsomradeNumber,satsningsomrade,PLANNED,IN_PROGRESS,ON_HOLD,COMPLETED,DISCONTINUED,CARRIED_OVER,UNKNOWN,NOT_REPORTED,total
                     *     ahus-2020-2022,1,Samarbeid om de mest sårbare pasientgruppene,0,1,0,1,0,0,0,4,6
                     *     ahus-2020-2022,2,Psykisk helse og rus,0,0,0,1,0,0,0,9,10
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsStatusTiltak: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
                /** @description Entries per page (default 1000, at most 5000) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "planId",
                     *         "satsningsomradeNumber",
                     *         "satsningsomrade",
                     *         "tiltaksomrade",
                     *         "tiltakId",
                     *         "tiltakNumber",
                     *         "tiltak",
                     *         "status",
                     *         "statusLabel",
                     *         "responsible",
                     *         "lastChangeAt",
                     *         "lastChangeType"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "satsningsomradeNumber": 1,
                     *           "satsningsomrade": "Samarbeid om de mest sårbare pasientgruppene",
                     *           "tiltaksomrade": "Barn og unge",
                     *           "tiltakId": "ahus-motearenaer-somatikk-habilitering-bup",
                     *           "tiltakNumber": "1",
                     *           "tiltak": "Opprette møtearenaer (somatikk, habilitering, BUP)",
                     *           "status": null,
                     *           "statusLabel": "Ikke rapportert",
                     *           "responsible": "Fagråd Behandlingsforløp",
                     *           "lastChangeAt": "2019-12-31T23:00:00.000Z",
                     *           "lastChangeType": "TiltakCreated"
                     *         },
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "satsningsomradeNumber": 1,
                     *           "satsningsomrade": "Samarbeid om de mest sårbare pasientgruppene",
                     *           "tiltaksomrade": "Barn og unge",
                     *           "tiltakId": "ahus-revisjon-bup-retningslinjer",
                     *           "tiltakNumber": "2",
                     *           "tiltak": "Revisjon av BUP retningslinjer, jf. revisjonsplan",
                     *           "status": null,
                     *           "statusLabel": "Ikke rapportert",
                     *           "responsible": "AU",
                     *           "lastChangeAt": "2019-12-31T23:00:00.000Z",
                     *           "lastChangeType": "TiltakCreated"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 52
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description How many items the whole answer has */
                        total: number;
                    };
                    /**
                     * @example planId,satsningsomradeNumber,satsningsomrade,tiltaksomrade,tiltakId,tiltakNumber,tiltak,status,statusLabel,responsible,lastChangeAt,lastChangeType
                     *     ahus-2020-2022,1,Samarbeid om de mest sårbare pasientgruppene,Barn og unge,ahus-motearenaer-somatikk-habilitering-bup,1,"Opprette møtearenaer (somatikk, habilitering, BUP)",,Ikke rapportert,Fagråd Behandlingsforløp,2019-12-31T23:00:00.000Z,TiltakCreated
                     *     ahus-2020-2022,1,Samarbeid om de mest sårbare pasientgruppene,Barn og unge,ahus-revisjon-bup-retningslinjer,2,"Revisjon av BUP retningslinjer, jf. revisjonsplan",,Ikke rapportert,AU,2019-12-31T23:00:00.000Z,TiltakCreated
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsFunding: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
                /** @description Entries per page (default 1000, at most 5000) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "planId",
                     *         "year",
                     *         "source",
                     *         "tiltakId",
                     *         "tiltakNumber",
                     *         "tiltak",
                     *         "grantId",
                     *         "amountNok",
                     *         "decisionReference",
                     *         "withdrawnAt"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "year": 2021,
                     *           "source": "Samhandlingsmidler",
                     *           "tiltakId": "integrerte-helsetjenester",
                     *           "tiltakNumber": "1.1.1",
                     *           "tiltak": "Integrerte helsetjenester for skrøpelige eldre",
                     *           "grantId": "samhandlingsmidler-2021",
                     *           "amountNok": 250000,
                     *           "decisionReference": "AU-sak 12/21",
                     *           "withdrawnAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description How many items the whole answer has */
                        total: number;
                    };
                    /**
                     * @example planId,year,source,tiltakId,tiltakNumber,tiltak,grantId,amountNok,decisionReference,withdrawnAt
                     *     ahus-2020-2022,2021,Samhandlingsmidler,integrerte-helsetjenester,1.1.1,Integrerte helsetjenester for skrøpelige eldre,samhandlingsmidler-2021,250000,AU-sak 12/21,
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsFundingTotals: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "planId",
                     *         "year",
                     *         "source",
                     *         "grants",
                     *         "amountNok",
                     *         "grantsWithoutAmount",
                     *         "withdrawn"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "year": 2021,
                     *           "source": "Samhandlingsmidler",
                     *           "grants": 1,
                     *           "amountNok": 250000,
                     *           "grantsWithoutAmount": 0,
                     *           "withdrawn": 0
                     *         },
                     *         {
                     *           "planId": "ahus-2020-2022",
                     *           "year": 2021,
                     *           "source": null,
                     *           "grants": 1,
                     *           "amountNok": 250000,
                     *           "grantsWithoutAmount": 0,
                     *           "withdrawn": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                    };
                    /**
                     * @example planId,year,source,grants,amountNok,grantsWithoutAmount,withdrawn
                     *     ahus-2020-2022,2021,Samhandlingsmidler,1,250000,0,0
                     *     ahus-2020-2022,2021,,1,250000,0,0
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsResponsibility: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
                /** @description Entries per page (default 1000, at most 5000) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "partyId",
                     *         "party",
                     *         "partyKind",
                     *         "role",
                     *         "planId",
                     *         "tiltakId",
                     *         "tiltakNumber",
                     *         "tiltak",
                     *         "status",
                     *         "statusLabel"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "partyId": "klinikk-ahus-abup",
                     *           "party": "ABUP",
                     *           "partyKind": "klinikk",
                     *           "role": "participant",
                     *           "planId": "ahus-2020-2022",
                     *           "tiltakId": "ahus-revisjon-bup-retningslinjer",
                     *           "tiltakNumber": "2",
                     *           "tiltak": "Revisjon av BUP retningslinjer, jf. revisjonsplan",
                     *           "status": null,
                     *           "statusLabel": "Ikke rapportert"
                     *         },
                     *         {
                     *           "partyId": "helseforetak-akershus-universitetssykehus",
                     *           "party": "Akershus universitetssykehus",
                     *           "partyKind": "helseforetak",
                     *           "role": "responsible",
                     *           "planId": "ahus-2020-2022",
                     *           "tiltakId": "ahus-integrerte-helsetjenester-sarbare-eldre",
                     *           "tiltakNumber": "1",
                     *           "tiltak": "Integrerte helsetjenester for sårbare eldre med sammensatte behov",
                     *           "status": null,
                     *           "statusLabel": "Ikke rapportert"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 99
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description How many items the whole answer has */
                        total: number;
                    };
                    /**
                     * @example partyId,party,partyKind,role,planId,tiltakId,tiltakNumber,tiltak,status,statusLabel
                     *     klinikk-ahus-abup,ABUP,klinikk,participant,ahus-2020-2022,ahus-revisjon-bup-retningslinjer,2,"Revisjon av BUP retningslinjer, jf. revisjonsplan",,Ikke rapportert
                     *     helseforetak-akershus-universitetssykehus,Akershus universitetssykehus,helseforetak,responsible,ahus-2020-2022,ahus-integrerte-helsetjenester-sarbare-eldre,1,Integrerte helsetjenester for sårbare eldre med sammensatte behov,,Ikke rapportert
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsResponsibilityRollup: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
                /** @description Entries per page (default 1000, at most 5000) */
                limit?: number;
                /** @description Continue after the previous page: its `nextCursor`, unchanged */
                cursor?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "partyId",
                     *         "party",
                     *         "partyKind",
                     *         "partOf",
                     *         "planId",
                     *         "tiltakId",
                     *         "tiltakNumber",
                     *         "tiltak",
                     *         "status",
                     *         "statusLabel",
                     *         "roles",
                     *         "via"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "partyId": "klinikk-ahus-abup",
                     *           "party": "ABUP",
                     *           "partyKind": "klinikk",
                     *           "partOf": "helseforetak-akershus-universitetssykehus",
                     *           "planId": "ahus-2020-2022",
                     *           "tiltakId": "ahus-revisjon-bup-retningslinjer",
                     *           "tiltakNumber": "2",
                     *           "tiltak": "Revisjon av BUP retningslinjer, jf. revisjonsplan",
                     *           "status": null,
                     *           "statusLabel": "Ikke rapportert",
                     *           "roles": "participant",
                     *           "via": "ABUP"
                     *         },
                     *         {
                     *           "partyId": "helseforetak-akershus-universitetssykehus",
                     *           "party": "Akershus universitetssykehus",
                     *           "partyKind": "helseforetak",
                     *           "partOf": "regionalt-helseforetak-helse-sor-ost",
                     *           "planId": "ahus-2020-2022",
                     *           "tiltakId": "ahus-revisjon-bup-retningslinjer",
                     *           "tiltakNumber": "2",
                     *           "tiltak": "Revisjon av BUP retningslinjer, jf. revisjonsplan",
                     *           "status": null,
                     *           "statusLabel": "Ikke rapportert",
                     *           "roles": "participant",
                     *           "via": "Akershus universitetssykehus; ABUP"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 146
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last */
                        nextCursor: string | null;
                        /** @description How many items the whole answer has */
                        total: number;
                    };
                    /**
                     * @example partyId,party,partyKind,partOf,planId,tiltakId,tiltakNumber,tiltak,status,statusLabel,roles,via
                     *     klinikk-ahus-abup,ABUP,klinikk,helseforetak-akershus-universitetssykehus,ahus-2020-2022,ahus-revisjon-bup-retningslinjer,2,"Revisjon av BUP retningslinjer, jf. revisjonsplan",,Ikke rapportert,participant,ABUP
                     *     helseforetak-akershus-universitetssykehus,Akershus universitetssykehus,helseforetak,regionalt-helseforetak-helse-sor-ost,ahus-2020-2022,ahus-revisjon-bup-retningslinjer,2,"Revisjon av BUP retningslinjer, jf. revisjonsplan",,Ikke rapportert,participant,"Akershus universitetssykehus; ABUP"
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsResponsibilityTotals: {
        parameters: {
            query?: {
                /** @description Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now. */
                validAt?: string;
                /** @description Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now. */
                knownAt?: string;
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Only this plan (default: all plans) */
                planId?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a table */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         "partyId",
                     *         "party",
                     *         "partyKind",
                     *         "partOf",
                     *         "tiltak",
                     *         "responsible",
                     *         "participant",
                     *         "direct"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "partyId": "klinikk-ahus-abup",
                     *           "party": "ABUP",
                     *           "partyKind": "klinikk",
                     *           "partOf": "helseforetak-akershus-universitetssykehus",
                     *           "tiltak": 1,
                     *           "responsible": 0,
                     *           "participant": 1,
                     *           "direct": 1
                     *         },
                     *         {
                     *           "partyId": "helseforetak-akershus-universitetssykehus",
                     *           "party": "Akershus universitetssykehus",
                     *           "partyKind": "helseforetak",
                     *           "partOf": "regionalt-helseforetak-helse-sor-ost",
                     *           "tiltak": 17,
                     *           "responsible": 16,
                     *           "participant": 1,
                     *           "direct": 9
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        columns: string[];
                        rows: {
                            [key: string]: string | number | null;
                        }[];
                    };
                    /**
                     * @example partyId,party,partyKind,partOf,tiltak,responsible,participant,direct
                     *     klinikk-ahus-abup,ABUP,klinikk,helseforetak-akershus-universitetssykehus,1,0,1,1
                     *     helseforetak-akershus-universitetssykehus,Akershus universitetssykehus,helseforetak,regionalt-helseforetak-helse-sor-ost,17,16,1,9
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                /** @description csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
                format?: "json" | "csv" | "xlsx";
                /** @description With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields */
                dialect?: "excel";
                /** @description Token id or name of the actor (`import`: the seed) */
                actor?: string;
                tiltakId?: string;
                planId?: string;
                type?: string;
                /** @description recordedAt from (inclusive) */
                from?: string;
                /** @description recordedAt to (exclusive; a date includes that day) */
                to?: string;
                /** @description Continue after this position */
                after?: string;
                /** @description Entries per page (default 100, at most 1000) */
                limit?: number;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the audit trail */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The next page, when there is one: `<…>; rel="next"` (also `next` in the body) */
                    link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "eventId": "2429636c-6382-82f8-8e6a-bcf6376ced0a",
                     *           "type": "TiltakStatusChanged",
                     *           "streamId": "tiltak-ahus-motearenaer-somatikk-habilitering-bup",
                     *           "revision": "1",
                     *           "position": "28",
                     *           "recordedAt": "2026-12-03T19:28:22.148Z",
                     *           "effectiveAt": "2021-09-06T22:00:00.000Z",
                     *           "actor": {
                     *             "id": "import",
                     *             "name": "Import: Handlingsplan for samhandlingen 2020-2022",
                     *             "role": "admin"
                     *           },
                     *           "reason": null,
                     *           "source": {
                     *             "kind": "import",
                     *             "document": "000_e9bec1d5a818ddab.txt",
                     *             "locator": "line 79: Fagråd Behandlingsforløp Pågår"
                     *           },
                     *           "correlationId": "38a7cbb9-29d5-406d-b9ad-ca0cef2d6dae",
                     *           "tiltakId": "ahus-motearenaer-somatikk-habilitering-bup",
                     *           "planId": "ahus-2020-2022",
                     *           "data": {
                     *             "status": "IN_PROGRESS",
                     *             "tiltakId": "ahus-motearenaer-somatikk-habilitering-bup"
                     *           }
                     *         },
                     *         {
                     *           "eventId": "c8e75d4b-6630-82fd-aab0-2b13747e38e9",
                     *           "type": "TiltakStatusChanged",
                     *           "streamId": "tiltak-ahus-revisjon-bup-retningslinjer",
                     *           "revision": "1",
                     *           "position": "30",
                     *           "recordedAt": "2026-12-03T19:28:22.150Z",
                     *           "effectiveAt": "2021-09-06T22:00:00.000Z",
                     *           "actor": {
                     *             "id": "import",
                     *             "name": "Import: Handlingsplan for samhandlingen 2020-2022",
                     *             "role": "admin"
                     *           },
                     *           "reason": null,
                     *           "source": {
                     *             "kind": "import",
                     *             "document": "000_e9bec1d5a818ddab.txt",
                     *             "locator": "line 80: sekretær AU Pågår"
                     *           },
                     *           "correlationId": "38a7cbb9-29d5-406d-b9ad-ca0cef2d6dae",
                     *           "tiltakId": "ahus-revisjon-bup-retningslinjer",
                     *           "planId": "ahus-2020-2022",
                     *           "data": {
                     *             "status": "IN_PROGRESS",
                     *             "tiltakId": "ahus-revisjon-bup-retningslinjer"
                     *           }
                     *         }
                     *       ],
                     *       "nextAfter": null
                     *     }
                     */
                    "application/json": components["schemas"]["AuditPage"];
                    /**
                     * @example position,recordedAt,effectiveAt,type,planId,tiltakId,actorId,actorName,actorRole,actorOrganization,reason,source,eventId,correlationId,data
                     *     28,2026-12-03T19:28:22.148Z,2021-09-06T22:00:00.000Z,TiltakStatusChanged,ahus-2020-2022,ahus-motearenaer-somatikk-habilitering-bup,import,Import: Handlingsplan for samhandlingen 2020-2022,admin,,,import:000_e9bec1d5a818ddab.txt#line 79: Fagråd Behandlingsforløp Pågår,2429636c-6382-82f8-8e6a-bcf6376ced0a,38a7cbb9-29d5-406d-b9ad-ca0cef2d6dae,"{""status"":""IN_PROGRESS"",""tiltakId"":""ahus-motearenaer-somatikk-habilitering-bup""}"
                     *     30,2026-12-03T19:28:22.150Z,2021-09-06T22:00:00.000Z,TiltakStatusChanged,ahus-2020-2022,ahus-revisjon-bup-retningslinjer,import,Import: Handlingsplan for samhandlingen 2020-2022,admin,,,import:000_e9bec1d5a818ddab.txt#line 80: sekretær AU Pågår,c8e75d4b-6630-82fd-aab0-2b13747e38e9,38a7cbb9-29d5-406d-b9ad-ca0cef2d6dae,"{""status"":""IN_PROGRESS"",""tiltakId"":""ahus-revisjon-bup-retningslinjer""}"
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `PLAN.NOT_FOUND`, `TILTAK.NOT_FOUND`, `EVENT.NOT_FOUND`, `*_NOT_FOUND` of what the command names */
            404: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/plan/not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "PLAN.NOT_FOUND",
                     *       "detail": "no plan nope at that point"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditVerify: {
        parameters: {
            query?: {
                /** @description A digest kept from GET /audit/checkpoint (needs position) */
                checkpoint?: string;
                /** @description A position in the log */
                position?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "streamsChecked": 55,
                     *       "eventsChecked": 142,
                     *       "headPosition": "142",
                     *       "brokenLinks": [],
                     *       "log": {
                     *         "treeSize": 142,
                     *         "rootHash": "e0178506e0e38548839fba8b463eb55b28983ddb12978a96230a4259f3b419c9"
                     *       },
                     *       "checkpoint": null
                     *     }
                     */
                    "application/json": {
                        ok: boolean;
                        streamsChecked: number;
                        eventsChecked: number;
                        headPosition: string | null;
                        brokenLinks: {
                            streamId: string | null;
                            revision: string | null;
                            position: string | null;
                            /** @enum {string} */
                            problem: "HASH_MISMATCH" | "PREV_HASH_MISMATCH" | "REVISION_GAP" | "REVISION_OUT_OF_ORDER" | "POSITION_GAP" | "RECORDED_AT_DECREASED" | "UNREADABLE" | "KEPT_HEAD_INVALID" | "LOG_TRUNCATED" | "LOG_ROOT_MISMATCH";
                            expectedHash: string | null;
                            foundHash: string | null;
                        }[];
                        /** @description The log-wide Merkle tree recomputed over the events checked */
                        log: {
                            treeSize: number;
                            rootHash: string;
                        };
                        /** @description The kept checkpoint, when one was given: does the history up to it still give it? `ok` is false when not. */
                        checkpoint: {
                            position: string;
                            matches: boolean;
                            computedDigest: string;
                        } | null;
                    };
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditCheckpoint: {
        parameters: {
            query?: {
                /** @description A position in the log */
                position?: string;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": "126",
                     *       "streams": 53,
                     *       "digest": "cb615dac4065d9c45f31c85be56b1b6f2fa909017858d424e8f5e4ada010e8fa",
                     *       "logHead": {
                     *         "treeSize": 126,
                     *         "position": "126",
                     *         "rootHash": "c5489f7a9f8de74dfc502c90cda5fa84c4fc3641a52f9beafc49e030497f174a",
                     *         "timestamp": "2026-12-03T19:28:29.691Z",
                     *         "keyId": "d73c5fc2ad432420cca48f23622830e42e63cd2ca60599592bd6711d9a84524b",
                     *         "signature": "898NDd+dIohCVswtHYrFnmJ4U6GdGw057yzmae86t2WL1ACJOIQKTMVEvvYr1oJWh7thyPT6uzY9Xfuj39yDAw=="
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Checkpoint"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditPublicKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "algorithm": "Ed25519",
                     *       "keyId": "d73c5fc2ad432420cca48f23622830e42e63cd2ca60599592bd6711d9a84524b",
                     *       "publicKey": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAIlmqTmYtPZA5ebbQU9h2ScdCHQlba3skVm6hazCFdTc=\n-----END PUBLIC KEY-----\n"
                     *     }
                     */
                    "application/json": components["schemas"]["LogPublicKey"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditConsistency: {
        parameters: {
            query: {
                /** @description A tree size (the treeSize of a signed log head) */
                from: number;
                /** @description A tree size (the treeSize of a signed log head) */
                to?: number;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": {
                     *         "treeSize": 126,
                     *         "rootHash": "c5489f7a9f8de74dfc502c90cda5fa84c4fc3641a52f9beafc49e030497f174a"
                     *       },
                     *       "to": {
                     *         "treeSize": 126,
                     *         "position": "126",
                     *         "rootHash": "c5489f7a9f8de74dfc502c90cda5fa84c4fc3641a52f9beafc49e030497f174a",
                     *         "timestamp": "2026-12-03T19:28:29.897Z",
                     *         "keyId": "d73c5fc2ad432420cca48f23622830e42e63cd2ca60599592bd6711d9a84524b",
                     *         "signature": "xLh4JVqh+z/9U/0p8t8jZO/sa5r4UnXoI3SNtAl0XRDVeiXVp/GfyrYY++MAtPANWSIbRxQK5tNcuBUFpnZwDg=="
                     *       },
                     *       "proof": []
                     *     }
                     */
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditInclusion: {
        parameters: {
            query: {
                /** @description A position in the log */
                position: string;
                /** @description A tree size (the treeSize of a signed log head) */
                treeSize?: number;
            };
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": "126",
                     *       "leafIndex": 125,
                     *       "leafHash": "d55ecba8e714ffcc94546329d90fe2758cf64377b7f86ff7db2f0baf055bfdcc",
                     *       "head": {
                     *         "treeSize": 126,
                     *         "position": "126",
                     *         "rootHash": "c5489f7a9f8de74dfc502c90cda5fa84c4fc3641a52f9beafc49e030497f174a",
                     *         "timestamp": "2026-12-03T19:28:29.917Z",
                     *         "keyId": "d73c5fc2ad432420cca48f23622830e42e63cd2ca60599592bd6711d9a84524b",
                     *         "signature": "V3mN2fFWQJIW2mEp91h9ohtK4lfeGCZoVPom5BJi6I939Izz5ieyCJTxa1H3HXV7TWUNwL8ONHncUk5iciUSBQ=="
                     *       },
                     *       "proof": [
                     *         "40c789ca4932824c7c3eb071d19419888e33e0cebffbe2056e7237b795f0b9be",
                     *         "53dae08c9a91eb06d98ffc8d58126cb5ae48da73a0120e9547d30331bb025617",
                     *         "cc4f96fd2094da5d5b4f5b99daa826b6bf7bc22d85fd59ebfb63c8c2897d9506",
                     *         "21fcaa033af4d7c5c774f7b4beb9c26acbdab33967aa7be0bea74fd3f2d53bbb",
                     *         "0863366ffc8d6a10b1f7b01c61c5545935745565737e545cf0890cc0ada8defa",
                     *         "27b405aa9c8e65779ea7b5ea8089f637196b01448e55201bf2c2d9c8dfaccde3"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InclusionProof"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `position` a command answered: the read waits (up to 5 s) until this replica has applied it, else 503 `READ.POSITION_NOT_REACHED` with Retry-After. */
                "x-min-position"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0017700cdb58",
                     *       "name": "Dag Admin",
                     *       "role": "admin",
                     *       "organization": "Ahus",
                     *       "plans": null
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Bad request: `REQUEST.INVALID_CURSOR`, `REQUEST.VALIDATION_FAILED` or `COMMAND.INVALID` (errors[] names each field), `COMMAND.EFFECTIVE_IN_FUTURE`, `PARTY.*`, `REQUEST.INVALID_IF_MATCH`, `IDEMPOTENCY.INVALID_KEY` */
            400: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/validation-failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "detail": "validat: unknown query parameter",
                     *       "errors": [
                     *         {
                     *           "path": "validat",
                     *           "message": "unknown query parameter",
                     *           "code": "unrecognized_keys"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token: `AUTH.MISSING_TOKEN`, `AUTH.INVALID_TOKEN`, `AUTH.TOKEN_EXPIRED` */
            401: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description The scheme to authenticate with */
                    "www-authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/missing-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "AUTH.MISSING_TOKEN",
                     *       "detail": "send Authorization: Bearer <token>"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's role may not do this: `AUTH.FORBIDDEN`; or the plan is outside the token's scope: `AUTH.OUT_OF_SCOPE` */
            403: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/auth/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "AUTH.FORBIDDEN",
                     *       "detail": "the role reader may not change plans"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this token: `REQUEST.RATE_LIMITED` (see Retry-After) */
            429: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/request/rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "REQUEST.RATE_LIMITED",
                     *       "detail": "rate limit of 600 requests per minute reached; retry in 1 second"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error: `INTERNAL` with the request id to quote */
            500: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/internal",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "INTERNAL",
                     *       "detail": "unexpected error; quote request id req-1",
                     *       "requestId": "req-1"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Overloaded: `SERVER.OVERLOADED` (retry after Retry-After seconds), the event store cannot be reached: `STORE.UNAVAILABLE`, or this replica has not reached the X-Min-Position named within 5 s: `READ.POSITION_NOT_REACHED` (see Retry-After) */
            503: {
                headers: {
                    /** @description The request's id, as logged: the client's own `x-request-id` when well formed, else a new one */
                    "x-request-id"?: string;
                    /** @description Seconds to wait before trying again */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://samhandlingsplan.no/problems/server/overloaded",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "SERVER.OVERLOADED",
                     *       "detail": "more than 256 requests in progress"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
