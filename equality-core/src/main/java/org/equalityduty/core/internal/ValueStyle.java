package org.equalityduty.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: not part of the public API.
 *
 * <p>Generated {@code Immutable*} classes are package-private; the abstract type is the public face and
 * exposes {@code of(...)} and {@code builder()}. Accessors are JavaBeans getters ({@code getTitle()},
 * {@code isOngoing()}) so that Bean Validation sees property constraints, builders are strict (each
 * attribute set once), generated code uses the JDK only and Jakarta annotations, and no class-path annotation
 * (such as Immutables' {@code @Generated}) reaches the class files, so consumers need nothing of Immutables.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    jakarta = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    depluralize = true,
    privateNoargConstructor = false,
    optionalAcceptNullable = false,
    headerComments = false,
    generateSuppressAllWarnings = true,
    // No annotation found on the class path is copied into generated classes (Immutables' own @Generated among
    // them): a consumer compiling with -Xlint:all -Werror, without Immutables, would warn on it. Override is the
    // documented stand-in for "none", as an empty array means "all".
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {
}
