package app.outlay.ui.common;

import app.outlay.data.LedgerRoles.Role;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.ledger.LedgerUpgrade;
import app.outlay.service.ledger.OpenLedger;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Currency;
import java.util.Locale;

/**
 * What the whole window shows and follows, in one observable place: the ledger in use, how its amounts are written,
 * this user's role on it, changes to it (here or by other clients) and the language. Views read it; the composition
 * root (app.outlay.AppContext) writes it when a ledger opens or changes. FX thread only.
 */
public final class AppState {

    private final ReadOnlyObjectWrapper<OpenLedger> ledger = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper ledgerChanges = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper otherClients = new ReadOnlyIntegerWrapper(-1);
    /** This user's role on the ledger in use; the embedded ledger's one user owns it. */
    private final ReadOnlyObjectWrapper<Role> role = new ReadOnlyObjectWrapper<>(Role.OWNER);
    private final BooleanBinding readOnly = role.isEqualTo(Role.VIEWER);
    private final ReadOnlyObjectWrapper<MoneyFormat> money = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LedgerUpgrade> upgrade = new ReadOnlyObjectWrapper<>();
    private final Languages languages;

    public AppState(Languages languages) {
        this.languages = languages;
        // Until the ledger says otherwise, amounts are shown in the locale's own currency.
        money.set(new MoneyFormat(languages.locale(), MoneyFormat.defaultCurrency(languages.locale())));
        // Another language writes the same currency its own way (€ before or after, the decimal comma).
        languages.localeProperty().addListener((obs, old, now) -> money.set(new MoneyFormat(now, money.get().currency())));
    }

    /** The ledger in use, for views to follow; null until the first one is open. */
    public ReadOnlyObjectProperty<OpenLedger> ledgerProperty() {
        return ledger.getReadOnlyProperty();
    }

    public void setLedger(OpenLedger next) {
        ledger.set(next);
    }

    /** The ledger being opened is being upgraded to this version's schema; null when no open is upgrading one. */
    public ReadOnlyObjectProperty<LedgerUpgrade> upgradeProperty() {
        return upgrade.getReadOnlyProperty();
    }

    public void setUpgrade(LedgerUpgrade next) {
        upgrade.set(next);
    }

    /** Call after the user changed the ledger, so every view that shows it reloads. */
    public void ledgerChanged() {
        ledgerChanges.set(ledgerChanges.get() + 1);
    }

    /** Counts changes to the ledger (see {@link #ledgerChanged()}); views reload when it moves. */
    public ReadOnlyIntegerProperty ledgerChangesProperty() {
        return ledgerChanges.getReadOnlyProperty();
    }

    /** Other Outlay clients connected to the shared database; -1 where that does not apply (the embedded database). */
    public ReadOnlyIntegerProperty otherClientsProperty() {
        return otherClients.getReadOnlyProperty();
    }

    public void setOtherClients(int count) {
        otherClients.set(count);
    }

    /** This user's role on the ledger in use: owner, editor or viewer. */
    public ReadOnlyObjectProperty<Role> roleProperty() {
        return role.getReadOnlyProperty();
    }

    public void setRole(Role next) {
        role.set(next);
    }

    /** True while the ledger in use may only be read (a viewer's): views disable what would change it. */
    public BooleanBinding readOnly() {
        return readOnly;
    }

    /** Amounts are shown in {@code currency} from now on, in every open view. */
    public void useCurrency(Currency currency) {
        MoneyFormat next = money.get().with(currency);
        if (!next.equals(money.get())) {
            money.set(next);
        }
    }

    /** How amounts are written: the window's locale and the ledger's currency. */
    public MoneyFormat money() {
        return money.get();
    }

    /** Changes when the ledger's currency does (here, or on a shared ledger by another client); views re-format. */
    public ReadOnlyObjectProperty<MoneyFormat> moneyProperty() {
        return money.getReadOnlyProperty();
    }

    /** The language of the window: its choice, locale and texts. */
    public Languages languages() {
        return languages;
    }

    public Locale locale() {
        return languages.locale();
    }
}
