package dev.if4j.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected sentences are what NLTK 3.8 returns for the same input with
 * {@code nltk.data.load("tokenizers/punkt/english.pickle").tokenize(text)} (checked by running it).
 */
class PunktSentenceTokenizerTest {
  static PunktSentenceTokenizer punkt;

  @BeforeAll
  static void load() {
    punkt = PunktSentenceTokenizer.english(store());
  }

  static ResourceStore store() {
    return ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources"));
  }

  private static void assertSentences(String text, String... expected) {
    assertThat(punkt.tokenize(text)).as("tokenize(%s)", text).containsExactly(expected);
    assertThat(punkt.countSentences(text)).as("countSentences(%s)", text).isEqualTo(expected.length);
  }

  @Test
  void loadsTheEnglishModel() {
    PunktParameters p = punkt.parameters();
    assertThat(p.abbrevTypeCount()).isEqualTo(156);
    assertThat(p.orthoContextCount()).isEqualTo(20366);
    assertThat(p.isAbbrevType("dr")).isTrue();
    assertThat(p.isAbbrevType(". . ")).as("an abbreviation type with a trailing space").isTrue();
    assertThat(p.isCollocation("##number##", "who")).isTrue();
    assertThat(p.isSentStarter("however")).isTrue();
    assertThat(p.orthoContext("a")).isEqualTo(126);
    assertThat(p.orthoContext("no-such-word")).isZero();
  }

  @Test
  void readsOrthographicContextLinesAsTheyAreWritten(@TempDir Path root) throws Exception {
    Path dir = Files.createDirectories(root.resolve(PunktParameters.ENGLISH_DIR));
    Files.writeString(dir.resolve("abbrev_types.txt"), "dr\n");
    Files.writeString(dir.resolve("collocations.tab"), "");
    Files.writeString(dir.resolve("sent_starters.txt"), "however\n");
    // Flags padded or followed by \r are trimmed, a type may hold a tab and end in a space, a type
    // seen twice keeps both flags, and the last line needs no \n.
    Files.writeString(
        dir.resolve("ortho_context.tab"), "word\t4\nword\t2\n\na\tb \t 8 \nx\r\t16\r\nlast\t32");
    PunktParameters p = PunktParameters.english(ResourceStore.offline(root));
    assertThat(p.orthoContext("word")).isEqualTo(6);
    assertThat(p.orthoContext("a\tb ")).isEqualTo(8);
    assertThat(p.orthoContext("x\r")).isEqualTo(16);
    assertThat(p.orthoContext("last")).isEqualTo(32);
    assertThat(p.orthoContextCount()).isEqualTo(4);

    Files.writeString(dir.resolve("ortho_context.tab"), "word\t4\nbroken\t4x\n");
    assertThatThrownBy(() -> PunktParameters.english(ResourceStore.offline(root)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("malformed Punkt ortho_context line: broken\t4x");
    Files.writeString(dir.resolve("ortho_context.tab"), "notab\n");
    assertThatThrownBy(() -> PunktParameters.english(ResourceStore.offline(root)))
        .hasMessage("malformed Punkt ortho_context line: notab");
    Files.writeString(dir.resolve("ortho_context.tab"), "empty\t\n");
    assertThatThrownBy(() -> PunktParameters.english(ResourceStore.offline(root)))
        .hasMessage("malformed Punkt ortho_context line: empty\t");
  }

  @Test
  void knownAbbreviationsDoNotEndSentences() {
    assertSentences(
        "Dr. Smith went to Washington. He arrived at noon.",
        "Dr. Smith went to Washington.",
        "He arrived at noon.");
    assertSentences(
        "I met Mr. and Mrs. Jones yesterday. They were well.",
        "I met Mr. and Mrs. Jones yesterday.",
        "They were well.");
    assertSentences(
        "He lives in the U.S. and works in the U.K. every summer.",
        "He lives in the U.S. and works in the U.K. every summer.");
    assertSentences("On Jan. 5 we left. It was cold.", "On Jan. 5 we left.", "It was cold.");
    assertSentences(
        "Ph.D. students work hard. They rarely sleep.",
        "Ph.D. students work hard.",
        "They rarely sleep.");
    assertSentences("He is 5 ft. tall. Really.", "He is 5 ft. tall.", "Really.");
  }

  @Test
  void anAbbreviationBeforeALikelySentenceStarterEndsTheSentence() {
    assertSentences("He lives in the U.S. He works there.", "He lives in the U.S.", "He works there.");
    assertSentences(
        "Mr. Smith and Dr. Who. They met at 5 p.m. Then they left.",
        "Mr. Smith and Dr. Who.",
        "They met at 5 p.m. Then they left.");
    assertSentences(
        "The U.S.A. is big. Canada is bigger.", "The U.S.A. is big.", "Canada is bigger.");
  }

  @Test
  void egIsNotInTheEnglishModel() {
    assertSentences("This is, e.g. a test. And another one.", "This is, e.g.", "a test.", "And another one.");
    assertSentences("Use tools, e.g. Hammers. Then rest.", "Use tools, e.g.", "Hammers.", "Then rest.");
  }

  @Test
  void initials() {
    assertSentences(
        "J. S. Bach was a composer. He wrote fugues.",
        "J. S. Bach was a composer.",
        "He wrote fugues.");
    assertSentences(
        "The letter was signed by J. Smith. It arrived late.",
        "The letter was signed by J. Smith.",
        "It arrived late.");
    assertSentences("A. Lincoln. B. Obama.", "A. Lincoln.", "B. Obama.");
    assertSentences(
        "I. Introduction. II. Methods.", "I.", "Introduction.", "II.", "Methods.");
    assertSentences("Vol. II. The sequel.", "Vol.", "II.", "The sequel.");
  }

  @Test
  void ellipses() {
    assertSentences(
        "Wait... What happened? Nothing... really.",
        "Wait... What happened?",
        "Nothing... really.");
    assertSentences("Wait... what happened?", "Wait... what happened?");
    assertSentences(
        "Text with ellipsis . . . and more. Next.",
        "Text with ellipsis .",
        ".",
        ".",
        "and more.",
        "Next.");
  }

  @Test
  void numbersAndOrdinals() {
    assertSentences("It costs 5.5 dollars. That is cheap.", "It costs 5.5 dollars.", "That is cheap.");
    assertSentences("See section 3. It explains everything.", "See section 3.", "It explains everything.");
    assertSentences("Chapter 1. introduction follows.", "Chapter 1. introduction follows.");
    assertSentences("He finished 1st. Then he left.", "He finished 1st.", "Then he left.");
    assertSentences(
        "This is the 2nd. Third is next.", "This is the 2nd.", "Third is next.");
    assertSentences("No. 5 is here. Yes.", "No.", "5 is here.", "Yes.");
    assertSentences("Items: 1. apples 2. pears 3. plums.", "Items: 1. apples 2. pears 3. plums.");
    assertSentences("It was 10 a.m. on Monday.", "It was 10 a.m. on Monday.");
    assertSentences(
        "1. First item\n2. Second item\n3. Third item",
        "1.",
        "First item\n2.",
        "Second item\n3.",
        "Third item");
  }

  @Test
  void closingQuotesAndBracketsStayWithTheirSentence() {
    assertSentences(
        "\"Stop.\" She said it twice. (Really.) Then she left.",
        "\"Stop.\"",
        "She said it twice.",
        "(Really.)",
        "Then she left.");
    assertSentences("(Sent1.) Sent2.", "(Sent1.)", "Sent2.");
    assertSentences("He said \"Hello.\" Then he left.", "He said \"Hello.\"", "Then he left.");
    assertSentences(
        "He said: \"Go.\" 'Fine.' [Done.] {Ok.}", "He said: \"Go.\"", "'Fine.'", "[Done.]", "{Ok.}");
    assertSentences("end.)\" Next.", "end.)\"", "Next.");
    assertSentences("end.'' Next.", "end.''", "Next.");
  }

  @Test
  void markdownEmphasisIsNotRealigned() {
    assertSentences("**Bold.** *Italic.* Normal.", "**Bold.", "** *Italic.", "* Normal.");
  }

  @Test
  void questionAndExclamationMarks() {
    assertSentences("What?! No way! Really?", "What?!", "No way!", "Really?");
    assertSentences("Hello!!! I promise.", "Hello!!!", "I promise.");
    assertSentences("Is it true?Yes it is.", "Is it true?Yes it is.");
  }

  @Test
  void aBreakNeedsWhitespaceOrPunctuationAfterIt() {
    assertSentences("A sentence.Another one without space.", "A sentence.Another one without space.");
    assertSentences("The end.--Not really.", "The end.--Not really.");
    assertSentences("Sentence one . Sentence two .", "Sentence one .", "Sentence two .");
    assertSentences(
        "Visit www.example.com. It's great.", "Visit www.example.com.", "It's great.");
  }

  @Test
  void newlinesAndOtherWhitespace() {
    assertSentences(
        "First line.\nSecond line.\n\nThird paragraph.",
        "First line.",
        "Second line.",
        "Third paragraph.");
    assertSentences("No period at the end\nAnother line", "No period at the end\nAnother line");
    assertSentences("One.\r\nTwo.", "One.", "Two.");
    assertSentences("One.\u2028Two.", "One.", "Two.");
    assertSentences("One.\u00a0Two.", "One.", "Two.");
    assertSentences("One.\u001cTwo.", "One.", "Two.");
    assertSentences("Ask me.\tNow.", "Ask me.", "Now.");
    assertSentences(
        "  Leading and trailing spaces.  Second sentence.   ",
        "  Leading and trailing spaces.",
        "Second sentence.");
  }

  @Test
  void emptyAndBlankText() {
    assertSentences("");
    assertSentences("   ");
    assertSentences(" \n\t ");
    assertSentences("Hello world.", "Hello world.");
  }

  @Test
  void supplementaryCharacters() {
    assertSentences(
        "I love it 😀. It is great 🎉! Right?", "I love it 😀.", "It is great 🎉!", "Right?");
    assertSentences("Emoji first. 😀 Then text.", "Emoji first.", "😀 Then text.");
    assertSentences("Hi 😀😀. Bye.", "Hi 😀😀.", "Bye.");
    assertSentences("x \uD835\uDC00. Next one.", "x \uD835\uDC00.", "Next one.");
    assertSentences("Élan vital. Über alles. ñandú.", "Élan vital.", "Über alles.", "ñandú.");
  }

  @Test
  void spansAreUtf16OffsetsOfTheSentences() {
    String text = "x \uD835\uDC00. Next one.  ";
    List<int[]> spans = punkt.spanTokenize(text);
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0)).containsExactly(0, 5);
    assertThat(spans.get(1)).containsExactly(6, 15);
    assertThat(text.substring(6, 15)).isEqualTo("Next one.");
  }

  @Test
  void modelFromParametersGivenDirectly() {
    PunktSentenceTokenizer bare =
        new PunktSentenceTokenizer(
            PunktParameters.of(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Map.of()));
    assertThat(bare.tokenize("Dr. Smith left. He ran.")).containsExactly("Dr.", "Smith left.", "He ran.");
  }
}
