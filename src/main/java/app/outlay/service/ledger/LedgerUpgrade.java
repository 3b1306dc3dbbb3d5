package app.outlay.service.ledger;

import app.outlay.data.SchemaUpgrade;

/**
 * The ledger being opened is being upgraded to this version's schema, which can take minutes for a large one.
 *
 * @param backup where the copy taken before it is (an embedded ledger); null for a server, where a failure rolls back
 */
public record LedgerUpgrade(String fromVersion, String toVersion, String backup) {

    static LedgerUpgrade of(SchemaUpgrade upgrade) {
        return new LedgerUpgrade(upgrade.fromVersion(), upgrade.toVersion(),
                upgrade.backup() == null ? null : upgrade.backup().toString());
    }
}
