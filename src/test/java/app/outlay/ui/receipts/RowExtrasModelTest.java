package app.outlay.ui.receipts;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.tag.TagService;
import app.outlay.testing.SameThreadTasks;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's chips and paperclips for a page of rows, without JavaFX. */
class RowExtrasModelTest {

    @Test
    void aPageGetsItsTagsAndPaperclipsAndLosesThemWhenTheyGo() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        ExpenseService expenses = new ExpenseService(holder);
        TagService tags = new TagService(holder);
        AttachmentService attachments = new AttachmentService(holder, null);
        ExpenseRow hotel = expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Hotel", new BigDecimal("99.00"), null, null));
        ExpenseRow bus = expenses.add(new ExpenseDetails(LocalDate.of(2026, 5, 2), "Bus", new BigDecimal("2.00"), null, null));
        tags.setTags(hotel.id(), List.of("Rome", "work"));
        attachments.attach(hotel.id(), "bill.pdf", "%PDF-1.4".getBytes());
        RowExtrasModel model = new RowExtrasModel(tags, attachments, new SameThreadTasks());

        model.load(List.of(hotel.id(), bus.id()));

        assertThat(model.of(hotel.id())).isEqualTo(new RowExtrasModel.Extras(List.of("Rome", "work"), true));
        assertThat(model.of(bus.id())).isEqualTo(new RowExtrasModel.Extras(List.of(), false));
        assertThat(model.loadsProperty().get()).isEqualTo(1);
        model.load(List.of(hotel.id(), bus.id()));
        assertThat(model.loadsProperty().get()).as("nothing changed: the table is not redrawn").isEqualTo(1);
        tags.setTags(hotel.id(), List.of());
        attachments.remove(attachments.list(hotel.id()).get(0).id());
        model.load(List.of(hotel.id()));
        assertThat(model.of(hotel.id())).isEqualTo(new RowExtrasModel.Extras(List.of(), false));
        assertThat(model.loadsProperty().get()).isEqualTo(2);
    }
}
