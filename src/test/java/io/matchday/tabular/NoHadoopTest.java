package io.matchday.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Parquet out without Hadoop: no Hadoop artifact on the class path Maven resolved (what dependency:tree lists). */
class NoHadoopTest {

    @Test
    void noHadoopJarIsOnTheClassPath() {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        assertThat(entries).as("the class path").anyMatch(e -> e.contains("parquet-column"));
        assertThat(Arrays.stream(entries).filter(e -> e.contains(File.separator + "hadoop" + File.separator)
                || e.matches(".*[/\\\\]hadoop-[^/\\\\]*\\.jar"))).isEmpty();
    }
}
