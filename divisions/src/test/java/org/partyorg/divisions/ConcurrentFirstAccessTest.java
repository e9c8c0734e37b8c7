package org.partyorg.divisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.DivisionLevel;

/**
 * First access from several threads at once. Other tests in this JVM have long initialized the
 * registry, so each repetition loads the divisions and core classes afresh in an isolated class
 * loader and races eight threads on {@code nbs2023()} there. The loader's parent is the bootstrap
 * loader: the platform loader would hand out the already loaded classes of named modules.
 */
class ConcurrentFirstAccessTest {
    private static final int THREADS = 8;

    @RepeatedTest(3)
    void concurrentFirstAccessSeesOneConsistentRegistry() throws Exception {
        URL[] path = {
            NbsDivisions.class.getProtectionDomain().getCodeSource().getLocation(),
            DivisionCode.class.getProtectionDomain().getCodeSource().getLocation()
        };
        try (URLClassLoader loader = new URLClassLoader(path, null)) {
            Class<?> registry = Class.forName(NbsDivisions.class.getName(), false, loader);
            Class<?> level = Class.forName(DivisionLevel.class.getName(), false, loader);
            assertThat(registry).isNotSameAs(NbsDivisions.class);
            Method nbs2023 = registry.getMethod("nbs2023");
            Method count = registry.getMethod("count", level);
            Object village = level.getField("VILLAGE").get(null);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Object[]>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    results.add(pool.submit((Callable<Object[]>) () -> {
                        start.await();
                        Object instance = nbs2023.invoke(null);
                        return new Object[] {instance, count.invoke(instance, village)};
                    }));
                }
                start.countDown();
                Set<Object> instances = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Future<Object[]> f : results) {
                    Object[] r = f.get(60, TimeUnit.SECONDS);
                    instances.add(r[0]);
                    assertThat(r[1]).isEqualTo(620_573);
                }
                assertThat(instances).hasSize(1);
                assertThat(instances.iterator().next()).isNotSameAs(NbsDivisions.nbs2023());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
