package app.outlay.ui.receipts;

import app.outlay.service.tag.TagCount;
import app.outlay.service.tag.TagService;
import app.outlay.service.tag.TagTotal;
import app.outlay.text.Texts;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.UserMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The Tags window: every tag with its number of expenses (rename, merge, delete), and what the expenses of each tag
 * add up to in a period (the report by tag; this month when it opens).
 */
public final class TagsViewModel {

    private final TagService tags;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ObservableList<TagCount> all = FXCollections.observableArrayList();
    private final ObservableList<TagTotal> totals = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Runnable afterChange = () -> { };

    public TagsViewModel(TagService tags, TaskRunner tasks, Texts texts, LocalDate today) {
        this.tags = tags;
        this.tasks = tasks;
        this.texts = texts;
        YearMonth month = YearMonth.from(today);
        from.set(month.atDay(1));
        to.set(month.atEndOfMonth());
    }

    /**
     * Run after each rename, merge or delete: the main window's views show tags too and must load them again (on a
     * shared ledger this window's own change comes back from the server no more, as on H2 it never did).
     */
    public void onChanged(Runnable afterwards) {
        this.afterChange = afterwards;
    }

    public ObservableList<TagCount> tags() {
        return all;
    }

    /** "haushalt (1 expense)": the tag in the list with the number of entries carrying it, itself or on a part. */
    public String label(TagCount tag) {
        return texts.format("tags.count", tag.name(), tag.expenses());
    }

    /** What deleting the tag does, with the real number of entries that lose it. */
    public String deleteDetail(TagCount tag) {
        return texts.format("tags.delete.detail", tag.expenses());
    }

    public ObservableList<TagTotal> totals() {
        return totals;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the tags and the period's totals again. A period that ends before it starts shows a message instead. */
    public void reload() {
        tasks.run(tags::all, all::setAll, this::failed);
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null || last.isBefore(first)) {
            totals.clear();
            message.set(texts.get("tags.report.badPeriod"));
            return;
        }
        message.set("");
        tasks.run(() -> tags.totals(first, last), totals::setAll, this::failed);
    }

    public void rename(TagCount tag, String name) {
        change(() -> tags.rename(tag.id(), name));
    }

    public void merge(TagCount tag, TagCount into) {
        change(() -> tags.merge(tag.id(), into.id()));
    }

    public void delete(TagCount tag) {
        change(() -> tags.delete(tag.id()));
    }

    private void change(Runnable work) {
        message.set("");
        tasks.run(() -> {
            work.run();
            return true;
        }, done -> {
            reload();
            afterChange.run();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(UserMessages.describe(failure, texts));
    }
}
