package app.outlay.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Loads an FXML view that sits beside its controller's package, with the app's texts and a controller
 * factory that hands controllers their dependencies.
 */
public final class ViewLoader {

    private final Callback<Class<?>, Object> controllerFactory;
    private final Supplier<ResourceBundle> messages;

    /** @param messages the texts in the language in use when a view is loaded (it can change while the app runs) */
    public ViewLoader(Callback<Class<?>, Object> controllerFactory, Supplier<ResourceBundle> messages) {
        this.controllerFactory = controllerFactory;
        this.messages = messages;
    }

    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code Name.fxml} from the package of {@code controllerType}. */
    public <C> View<C> load(Class<C> controllerType, String fxmlName) {
        URL location = controllerType.getResource(fxmlName);
        if (location == null) {
            throw new IllegalStateException("Missing view " + fxmlName + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, messages.get());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxmlName + ": " + e.getMessage(), e);
        }
    }

    public ResourceBundle messages() {
        return messages.get();
    }
}
