package app.outlay.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * Keeps a dialog that grows with its content (receipts, a split's parts) on its screen: no taller than the screen's
 * free area, moved up when its bottom would leave it, its form scrolled instead. Before, the entry dialog with a
 * receipt and a split stood 900 pixels tall, and on an 800-pixel screen its Save button was out of reach.
 */
public final class FitOnScreen {

    /** The least height the form keeps, however small the screen: a few fields. */
    private static final double MIN_FORM = 160;

    private FitOnScreen() {
    }

    /**
     * Sizes {@code stage} to its scene with {@code scroll} (the part that may scroll) no taller than the free area of
     * the owner's screen leaves, and moves it up where its bottom would leave the screen. The scroll part is limited
     * before the window is sized: a window that is not resizable keeps the size it was shown with on X11 (GTK fixes
     * it), so shrinking the window afterwards did nothing there.
     */
    public static void sizeToScene(Stage stage, ScrollPane scroll) {
        Rectangle2D area = screenOf(stage.getOwner()).getVisualBounds();
        Parent root = stage.getScene().getRoot();
        double decorations = stage.isShowing() ? Math.max(0, stage.getHeight() - stage.getScene().getHeight()) : 0;
        scroll.setMaxHeight(Region.USE_COMPUTED_SIZE);
        double rest = root.prefHeight(-1) - scroll.prefHeight(-1);
        scroll.setMaxHeight(Math.max(MIN_FORM, area.getHeight() - decorations - rest));
        stage.sizeToScene();
        if (stage.getY() + stage.getHeight() > area.getMaxY()) {
            stage.setY(Math.max(area.getMinY(), area.getMaxY() - stage.getHeight()));
        }
        if (stage.getY() < area.getMinY()) {
            stage.setY(area.getMinY());
        }
    }

    /** Scrolls {@code scroll} so that the node that takes the focus inside it is in sight (Tab through a long form). */
    public static void followFocus(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> reveal(scroll, focused));
            }
        });
    }

    private static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double margin = 8; // room for the focus ring, which the field's bounds get only once it is drawn focused
        if (node.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (node.getMinY() - margin) / (contentHeight - viewport)));
        } else if (node.getMaxY() + margin > top + viewport) {
            scroll.setVvalue(Math.min(1, (node.getMaxY() + margin - viewport) / (contentHeight - viewport)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight()));
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }
}
