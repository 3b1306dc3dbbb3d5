package app.outlay.data;

import app.outlay.data.DatabaseSettings.Kind;
import app.outlay.data.DatabaseSettings.SslMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcTargetsTest {

    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    private static DatabaseSettings parse(String url) {
        return JdbcTargets.parse(url, NO_ENVIRONMENT);
    }

    @Test
    void h2File() {
        DatabaseSettings settings = parse("jdbc:h2:file:/tmp/outlay-copy/outlay");
        assertThat(settings.kind()).isEqualTo(Kind.H2);
        assertThat(settings.h2Base()).isEqualTo(Path.of("/tmp/outlay-copy/outlay"));
    }

    @Test
    void h2FileWithTheFileSuffixAndSurroundingSpaces() {
        assertThat(parse("  jdbc:h2:file:/tmp/x/outlay.mv.db ").h2Base()).isEqualTo(Path.of("/tmp/x/outlay"));
    }

    @Test
    void h2FileInTheHomeFolderAndRelativeToTheWorkingFolder() {
        assertThat(parse("jdbc:h2:file:~/outlay/copy").h2Base())
                .isEqualTo(Path.of(System.getProperty("user.home"), "outlay", "copy"));
        assertThat(parse("jdbc:h2:file:copies/outlay").h2Base())
                .isEqualTo(Path.of("copies/outlay").toAbsolutePath().normalize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:outlay", "jdbc:h2:tcp://localhost/~/outlay", "jdbc:h2:~/outlay", "jdbc:h2:/tmp/outlay"})
    void otherH2FormsAreRefused(String url) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("only an H2 file");
    }

    @Test
    void h2WithSettingsOrWithoutAFileNameIsRefused() {
        assertThatThrownBy(() -> parse("jdbc:h2:file:/tmp/x;MODE=PostgreSQL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after ';'");
        assertThatThrownBy(() -> parse("jdbc:h2:file:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file name is missing");
        assertThatThrownBy(() -> parse("jdbc:h2:file:/tmp/dir/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file name is missing");
    }

    @Test
    void postgresqlWithEverything() {
        DatabaseSettings settings = parse("jdbc:postgresql://db.example.org:6543/outlay?user=ann&password=s3cret&sslmode=verify-full");
        assertThat(settings).isEqualTo(DatabaseSettings.postgresql("db.example.org", 6543, "outlay", "ann",
                SslMode.VERIFY_FULL, "s3cret"));
        assertThat(settings.displayName()).isEqualTo("PostgreSQL · ann@db.example.org:6543/outlay");
    }

    @Test
    void postgresqlDefaults() {
        DatabaseSettings settings = parse("jdbc:postgresql://localhost/outlay?user=ann");
        assertThat(settings.port()).isEqualTo(5432);
        assertThat(settings.sslMode()).isEqualTo(SslMode.PREFER);
        assertThat(settings.password()).as("the driver reads ~/.pgpass itself").isNull();
    }

    @Test
    void postgresqlPercentEscapesAreDecoded() {
        DatabaseSettings settings = parse("jdbc:postgresql://localhost/outlay?user=ann%40corp&password=p%26ss%3Dw%C3%B6rd");
        assertThat(settings.user()).isEqualTo("ann@corp");
        assertThat(settings.password()).isEqualTo("p&ss=wörd");
    }

    @Test
    void postgresqlPasswordFromPgpasswordUnlessTheUrlHasOne() {
        Map<String, String> environment = Map.of("PGPASSWORD", "from-env");
        assertThat(JdbcTargets.parse("jdbc:postgresql://localhost/outlay?user=ann", environment).password())
                .isEqualTo("from-env");
        assertThat(JdbcTargets.parse("jdbc:postgresql://localhost/outlay?user=ann&password=in-url", environment).password())
                .isEqualTo("in-url");
        assertThat(JdbcTargets.parse("jdbc:postgresql://localhost/outlay?user=ann", Map.of("PGPASSWORD", "")).password())
                .isNull();
    }

    @Test
    void badPostgresqlUrlsNameTheProblem() {
        assertRefused("jdbc:postgresql://localhost/outlay", "user is missing");
        assertRefused("jdbc:postgresql://localhost/?user=ann", "database name is missing");
        assertRefused("jdbc:postgresql://localhost?user=ann", "database name is missing");
        assertRefused("jdbc:postgresql:///outlay?user=ann", "host is missing");
        assertRefused("jdbc:postgresql://localhost/outlay?user=ann&sslmode=allow", "sslmode must be");
        assertRefused("jdbc:postgresql://localhost/outlay?user=ann&ssl=true", "only the parameters user, password and sslmode");
        assertRefused("mysql://localhost/outlay", "not a database URL Outlay can copy to");
        assertRefused("", "not a database URL");
    }

    private static void assertRefused(String url, String reason) {
        assertThatThrownBy(() -> parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + url + "'")
                .hasMessageContaining(reason);
    }

    @Test
    void refusalsNeverShowThePassword() {
        String[] urls = {
                "jdbc:postgresql://localhost/outlay?password=Hunter2secret",                    // no user
                "jdbc:postgresql://localhost/outlay?user=ann&password=Hunter2secret&ssl=true",  // unknown parameter
                "jdbc:postgresql://localhost/outlay?user=ann&password=Hunter2&secret",          // unescaped '&'
                "jdbc:postgresql://localhost/outlay?user=ann&password=Hunter2 secret",          // not a valid URI
                "jdbc:postgresql://ann:Hunter2secret@localhost/outlay",                          // user info
                "jdbc:postgresql://ann:Hunter2/sec?ret@localhost/outlay",                        // user info, odd characters
                "jdbc:postgresql://localhost/outlay?user=ann&PASSWORD=Hunter2secret&sslmode=maybe",
        };
        for (String url : urls) {
            assertThatThrownBy(() -> parse(url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Bad target 'jdbc:postgresql://")
                    .hasMessageNotContaining("Hunter2")
                    .hasMessageNotContaining("secret");
        }
    }
}
