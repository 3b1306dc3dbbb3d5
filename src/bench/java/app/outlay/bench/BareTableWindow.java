package app.outlay.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The start-up baseline: the least a JavaFX table app can do — one window, one empty TableView. It prints
 * {@code outlay-startup window-shown} in the pulse that lays the window out, as Outlay's own window does
 * ({@code StartupTimes}, {@code NextFrame}), so {@link StartupBenchmark} times both at the same moment. Started
 * like Outlay: a plain {@code main} (not the Application subclass) with JavaFX on the class path.
 */
public final class BareTableWindow {

    private BareTableWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TableView<String> table = new TableView<>();
            table.getColumns().add(new TableColumn<String, String>("Description"));
            Scene scene = new Scene(table, 1180, 720);
            stage.setScene(scene);
            stage.setTitle("Bare JavaFX");
            stage.show();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("outlay-startup window-shown");
                System.out.flush();
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }
}
