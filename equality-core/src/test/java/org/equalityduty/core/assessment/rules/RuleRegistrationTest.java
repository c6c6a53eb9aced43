package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.constraints.UniqueIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The constraint annotations name no validator ({@code validatedBy = {}}); Hibernate Validator finds the validators
 * through {@link ServiceLoader}. This test holds the service file, the module descriptor and the rules together.
 */
@SuppressWarnings("rawtypes") // ConstraintValidator is loaded by its raw class, as Hibernate Validator does
class RuleRegistrationTest {

    @BeforeAll
    static void useTheService() {
        // On the module path the tests run inside org.equalityduty.core, which provides but does not use the service.
        RuleRegistrationTest.class.getModule().addUses(ConstraintValidator.class);
    }

    @Test
    void everyRuleAnnotationHasAValidatorAndNamesNone() {
        Set<String> covered = new TreeSet<>();
        for (ConstraintValidator<?, ?> v : ServiceLoader.load(ConstraintValidator.class)) {
            covered.add(annotationOf(v.getClass()).getName());
        }
        List<Class<? extends Annotation>> annotations = new ArrayList<>();
        Arrays.stream(Rule.values()).map(Rule::getAnnotationType).forEach(annotations::add);
        annotations.add(UniqueIds.class);
        for (Class<? extends Annotation> a : annotations) {
            assertTrue(covered.contains(a.getName()), a.getSimpleName() + " has no registered validator");
            assertEquals(0, a.getAnnotation(Constraint.class).validatedBy().length,
                    a.getSimpleName() + " names its validator: keep validators out of the exported packages");
        }
        assertEquals(annotations.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)), covered);
    }

    @Test
    void serviceFileListsTheValidatorsOfThisPackage() throws IOException {
        List<String> listed;
        try (InputStream in = RuleRegistrationTest.class.getResourceAsStream(
                "/META-INF/services/jakarta.validation.ConstraintValidator")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
        }
        // 20 rules and the structural unique-ids check: 25 validators, as Measurable and Specific check three types.
        assertEquals(25, listed.size());
        for (String name : listed) {
            assertTrue(name.startsWith(RuleRegistrationTest.class.getPackageName() + "."), name);
        }
        Set<String> loaded = new TreeSet<>();
        ServiceLoader.load(ConstraintValidator.class).stream().forEach(p -> loaded.add(p.type().getName()));
        assertEquals(new TreeSet<>(listed), loaded);
    }

    private static Class<?> annotationOf(Class<?> validator) {
        for (Class<?> c = validator; c != null; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == ConstraintValidator.class) {
                    Type a = ((ParameterizedType) t).getActualTypeArguments()[0];
                    if (a instanceof Class) {
                        return (Class<?>) a;
                    }
                }
            }
            if (c.getGenericSuperclass() instanceof ParameterizedType) {
                // a validator on a shared base such as PublicationDue<ObjectivesUpToDate>
                return (Class<?>) ((ParameterizedType) c.getGenericSuperclass()).getActualTypeArguments()[0];
            }
        }
        throw new AssertionError(validator + " is not a ConstraintValidator");
    }
}
