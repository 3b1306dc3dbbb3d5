package app.outlay.ui;

import app.outlay.domain.ExpenseDetails;
import app.outlay.service.attachment.AttachmentRow;
import app.outlay.service.expense.ExpenseRow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Receipts and tags in the window: the dialog's chips and thumbnails, the list's column, the Tags window. */
class ReceiptsAndTagsUiTest extends OutlayUiTest {

    /** A 2×2 PNG JavaFX can draw. */
    static byte[] png() {
        return app.outlay.ui.common.PngWriter.encode(2, 2, new int[] {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0xFFFFFFFF});
    }

    @Test
    void tagsTypedInTheDialogSaveWithTheExpenseAndShowAsChipsInTheList() {
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        clickOn("#amountField").write("12.50");
        clickOn("#descriptionField").write("Lunch");
        clickOn("#tagsInput").write("Rome;work").push(KeyCode.ENTER);
        clickOn("#saveButton");

        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy() && rows().size() == 1);
        long id = rows().get(0).id();
        assertThat(context.tags().tagsOf(id)).containsExactly("Rome", "work");
        waitUntil(() -> lookup(".tag-chip").queryAll().size() == 2);
        assertThat(lookup(".expense-table .tag-chip").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("Rome", "work");

        // More tags than the column has room for: whole chips, then "+N" for the rest (before: unreadable "…" chips).
        context.tags().setTags(id, List.of("Rome", "work", "tax-deductible", "Conference 2026"));
        interact(context::ledgerChanged);
        waitUntil(() -> lookup(".expense-table .tag-more").tryQuery().map(Node::isVisible).orElse(false));
        List<Label> visible = lookup(".expense-table .tag-chip").queryAllAs(Label.class).stream().filter(Node::isVisible).toList();
        Label more = lookup(".expense-table .tag-more").queryAs(Label.class);
        assertThat(visible).isNotEmpty();
        assertThat(more.getText()).isEqualTo("+" + (4 - visible.size()));
        // Whole chips; only a first one too wide for the column on its own is shortened.
        for (Label chip : visible.size() == 1 ? List.<Label>of() : visible) {
            assertThat(chip.getWidth()).as("chip %s whole", chip.getText()).isGreaterThanOrEqualTo(chip.prefWidth(-1) - 0.5);
        }
        Region cell = (Region) more.getParent();
        assertThat(more.getBoundsInParent().getMaxX()).as("the counter inside the cell").isLessThanOrEqualTo(cell.getWidth() + 0.5);

        // Undo walks back the newest change first: the tags set since, then the expense with its tags.
        waitUntil(() -> !context.tasks().isBusy() && menuItem("undoItem").getText().startsWith("Undo edit"));
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !context.tasks().isBusy() && context.tags().tagsOf(id).equals(List.of("Rome", "work"))
                && menuItem("undoItem").getText().startsWith("Undo add"));
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !context.tasks().isBusy() && rows().isEmpty());
    }

    @Test
    void aReceiptShowsAsAThumbnailInTheDialogAndAPaperclipInTheList() throws Exception {
        ExpenseRow hotel = context.expenses().add(new ExpenseDetails(LocalDate.now(), "Hotel", new BigDecimal("99.00"), null, null));
        AttachmentRow photo = context.attachments().attach(hotel.id(), "room.png", png());
        context.attachments().attach(hotel.id(), "bill.pdf", "%PDF-1.4".getBytes());
        interact(() -> context.ledgerChanged());
        waitUntil(() -> !context.tasks().isBusy() && rows().size() == 1 && lookup(".paperclip").tryQuery().isPresent());

        interact(() -> ((TableView<?>) lookup(".expense-table").query()).getSelectionModel().select(0));
        push(KeyCode.ENTER);
        awaitWindowWith("#attachButton");
        waitUntil(() -> lookup(".receipt-tile").queryAll().size() == 2 && lookup(".receipt-thumbnail .image-view").tryQuery().isPresent());
        Node thumbnail = lookup(".receipt-thumbnail .image-view").query();
        assertThat(((ImageView) thumbnail).getImage().getWidth()).isPositive();
        assertThat(lookup(".receipt-type").queryAllAs(Label.class)).extracting(Label::getText).contains("PDF");
        assertThat(photo.isDrawableImage()).isTrue();
    }

    @Test
    void theTagsWindowRenamesATag() {
        ExpenseRow hotel = context.expenses().add(new ExpenseDetails(LocalDate.now(), "Hotel", new BigDecimal("99.00"), null, null));
        context.tags().setTags(hotel.id(), List.of("rome"));
        interact(() -> menuItem("tagsItem").fire());
        awaitWindowWith("#tagList");
        waitUntil(() -> lookup("#tagReport").queryTableView().getItems().size() == 1);
        clickOn("rome (1 expense)");
        clickOn("#renameTagButton");
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField name = lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class);
        assertThat(name.getText()).isEqualTo("rome");
        clickOn(name).push(KeyCode.END).eraseText(4).write("Rome");
        assertThat(name.getText()).isEqualTo("Rome");
        push(KeyCode.ENTER);
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isEmpty());
        waitUntil(() -> context.tags().all().get(0).name().equals("Rome"));
        waitUntil(() -> lookup("Rome (1 expense)").tryQuery().isPresent());
    }
}
