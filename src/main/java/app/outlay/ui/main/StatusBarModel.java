package app.outlay.ui.main;

import app.outlay.service.ledger.LedgerUpgrade;
import app.outlay.service.ledger.OpenLedger;
import app.outlay.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

import java.text.MessageFormat;
import java.text.NumberFormat;

/**
 * What the window's status bar says: the ledger in use (or that it is opening), who else is connected to a shared
 * one, and how many expenses the ledger holds. MainWindowController binds the labels to it.
 */
final class StatusBarModel {

    private final StringBinding database;
    private final StringBinding presence;
    private final StringBinding count;

    /**
     * @param upgrade      the ledger being opened is being upgraded; null otherwise
     * @param otherClients other Outlay clients on the shared ledger; -1 where that does not apply
     * @param ledgerCount  the expenses in the ledger; -1 until known
     */
    StatusBarModel(ObservableValue<OpenLedger> ledger, ObservableValue<LedgerUpgrade> upgrade, ObservableValue<Number> otherClients,
                   ObservableValue<Number> ledgerCount, Texts texts) {
        database = Bindings.createStringBinding(() -> {
            if (ledger.getValue() != null) {
                return ledger.getValue().displayName();
            }
            LedgerUpgrade upgrading = upgrade.getValue();
            return upgrading == null ? texts.get("status.opening")
                    : MessageFormat.format(texts.get("status.upgrading"), upgrading.fromVersion(), upgrading.toVersion());
        }, ledger, upgrade);
        presence = Bindings.createStringBinding(() -> {
            int others = otherClients.getValue().intValue();
            String key = others == 0 ? "presence.none" : others == 1 ? "presence.one" : "presence.many";
            return others < 0 ? "" : "\u00b7 " + MessageFormat.format(texts.get(key), others);
        }, otherClients);
        count = Bindings.createStringBinding(() -> {
            long expenses = ledgerCount.getValue().longValue();
            if (expenses < 0) {
                return "";
            }
            return expenses == 1 ? texts.get("status.count.one")
                    : MessageFormat.format(texts.get("status.count.many"), NumberFormat.getIntegerInstance(texts.locale()).format(expenses));
        }, ledgerCount);
    }

    StringBinding database() {
        return database;
    }

    StringBinding presence() {
        return presence;
    }

    StringBinding count() {
        return count;
    }
}
