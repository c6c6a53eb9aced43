package org.equalityduty.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.junit.jupiter.api.Test;

class DimensionTest {

    @Test
    void standardDimensionsSayWhichCharacteristicTheyRelateTo() {
        assertEquals(Optional.of(ProtectedCharacteristic.RACE), Dimensions.ETHNICITY.getCharacteristic());
        assertEquals(Optional.empty(), Dimensions.DISADVANTAGE.getCharacteristic());
        assertEquals(Optional.empty(), Dimensions.EAL.getCharacteristic());
        assertEquals(Optional.of(ProtectedCharacteristic.DISABILITY), Dimensions.SEN_PROVISION.getCharacteristic());
        assertEquals(3, Dimensions.SEN_PROVISION.getCategories().size());
        assertEquals(Disclosure.NOT_OBTAINED, Dimensions.category("ethnicity:NOBT").getDisclosure());
        assertEquals(12, Dimensions.standard().size());
        // Added in 0.2.0 for format version 2: year groups relate to age (by proxy), looked-after status to none.
        assertEquals(Optional.of(ProtectedCharacteristic.AGE), Dimensions.YEAR_GROUP.getCharacteristic());
        assertEquals(Optional.empty(), Dimensions.LOOKED_AFTER.getCharacteristic());
        assertEquals(Optional.of(ProtectedCharacteristic.GENDER_REASSIGNMENT),
                Dimensions.GENDER_IDENTITY.getCharacteristic());
        assertEquals(16, Dimensions.YEAR_GROUP.getCategories().size());
        assertEquals("year_group:y13", Dimensions.category("year_group:y13").toString());
    }

    @Test
    void categoryReferencesAreChecked() {
        assertEquals("sex:male", Dimensions.category("sex:male").toString());
        assertEquals("category reference 'sexmale' must have the form dimension:code",
                assertThrows(InvalidValueException.class, () -> Dimensions.category("sexmale")).getMessage());
        assertEquals("category reference 'religion:none' names no standard dimension",
                assertThrows(InvalidValueException.class, () -> Dimensions.category("religion:none")).getMessage());
        assertEquals("dimension 'sex' has no category 'other'",
                assertThrows(InvalidValueException.class, () -> Dimensions.category("sex:other")).getMessage());
    }

    @Test
    void invariantsNameTheField() {
        assertEquals("dimensionId 'Sex' must be lower-case letters, digits and underscores, starting with a letter",
                assertThrows(InvalidValueException.class, () -> Category.of("Sex", "m", "Male")).getMessage());
        assertEquals("code 'a b' must be 1 to 40 letters, digits or underscores",
                assertThrows(InvalidValueException.class, () -> Category.of("sex", "a b", "x")).getMessage());
        assertEquals("categories of dimension 'faith' must not be empty",
                assertThrows(InvalidValueException.class,
                        () -> Dimension.builder().id("faith").label("Faith").build()).getMessage());
        assertEquals("category 'sex:male' does not belong to dimension 'faith'",
                assertThrows(InvalidValueException.class, () -> Dimension.builder().id("faith").label("Faith")
                        .addCategories(Category.of("sex", "male", "Male")).build()).getMessage());
        assertEquals("categories of dimension 'faith' repeat code 'none'",
                assertThrows(InvalidValueException.class, () -> Dimension.builder().id("faith").label("Faith")
                        .addCategories(Category.of("faith", "none", "None"), Category.of("faith", "none", "No"))
                        .build()).getMessage());
        assertEquals("label", assertThrows(NullPointerException.class,
                () -> Category.of("faith", "none", null)).getMessage());
    }

    @Test
    void groupsAreAnyOfWithinADimensionAndAllOfAcross() {
        Category male = Dimensions.category("sex:male");
        Category disadvantaged = Dimensions.category("disadvantage:disadvantaged");
        Group disadvantagedBoys = Group.of(disadvantaged, male);
        assertTrue(disadvantagedBoys.matches(Map.of("sex", male, "disadvantage", disadvantaged)::get));
        assertFalse(disadvantagedBoys.matches(Map.of("sex", male)::get));
        Group senSupportOrPlan = Group.of(Dimensions.category("sen_provision:E"), Dimensions.category("sen_provision:K"));
        assertTrue(senSupportOrPlan.matches(Map.of("sen_provision", Dimensions.category("sen_provision:K"))::get));
        assertFalse(senSupportOrPlan.matches(Map.of("sen_provision", Dimensions.category("sen_provision:N"))::get));
        assertEquals("sen_provision:E | sen_provision:K", senSupportOrPlan.toString());
        assertEquals("disadvantage:disadvantaged & sex:male", disadvantagedBoys.toString());
        assertEquals("categories of a group must not repeat: [sex:male, sex:male]",
                assertThrows(InvalidValueException.class, () -> Group.of(male, male)).getMessage());
        assertEquals(Group.of(male), Group.of(Dimensions.category("sex:male")));
    }

    @Test
    void namesLabelsAndDisclosureAsTheyAreShown() {
        assertEquals("Dimension[sex]", Dimensions.SEX.toString());
        assertEquals("category reference ':male' must have the form dimension:code",
                assertThrows(InvalidValueException.class, () -> Dimensions.category(":male")).getMessage());
        assertTrue(Dimensions.category("sex:male").isKnown());
        assertFalse(Dimensions.category("ethnicity:NOBT").isKnown());
        assertFalse(Dimensions.category("ethnicity:REFU").isKnown());
        // The wire codes of equality-plan.schema.json's category "disclosure" enum.
        assertEquals(java.util.List.of("known", "refused", "not_obtained"), java.util.Arrays.stream(Disclosure.values())
                .map(Disclosure::getCode).collect(java.util.stream.Collectors.toList()));
        // The DfE school census's major ethnic groups, and a main code's description.
        assertEquals(java.util.List.of("White", "Mixed", "Asian", "Black", "Chinese", "Any other ethnic group",
                "Unclassified"), java.util.Arrays.stream(EthnicGroup.values()).map(EthnicGroup::getLabel)
                .collect(java.util.stream.Collectors.toList()));
        assertEquals("White - British", CensusEthnicity.WBRI.getLabel());
        assertEquals("White - Irish", CensusEthnicity.WIRI.getLabel());
    }

    @Test
    void aGroupsLabelComesFirstAndItsAlternativesCannotBeChanged() {
        Category male = Dimensions.category("sex:male");
        Group boys = Group.labelled("Boys", java.util.List.of(male));
        assertEquals("Boys (sex:male)", boys.toString());
        assertThrows(UnsupportedOperationException.class,
                () -> boys.byDimension().get("sex").add(Dimensions.category("sex:female")));
        assertThrows(UnsupportedOperationException.class, () -> boys.byDimension().clear());
    }

    @Test
    void aDimensionWithDistinctCodesIsBuilt() {
        Dimension faith = Dimension.builder().id("faith").label("Faith")
                .addCategories(Category.of("faith", "none", "None"), Category.of("faith", "christian", "Christian"))
                .build();
        assertEquals(List.of("faith:none", "faith:christian"),
                faith.getCategories().stream().map(Category::toString).toList());
    }
}
