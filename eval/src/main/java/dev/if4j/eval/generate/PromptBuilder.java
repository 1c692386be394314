package dev.if4j.eval.generate;

import dev.if4j.llm.ChatMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation sent for a prompt:
 *
 * <pre>[system prompt] [demonstrations: user, assistant, ...] the prompt's own turns</pre>
 *
 * <ul>
 *   <li>the prompt's own turns are its {@code messages} when it has them (a system message there
 *       takes the place of the configured one), else one user turn;
 *   <li>with multi-turn isolation they are: the task, the model's own answer, the constraint (a
 *       {@code messages} row's assistant turns are replaced by the model's own answers);
 *   <li>demonstrations are drawn from the pool per prompt ({@link FewShotPool#draw}).
 * </ul>
 *
 * @param systemPrompt null for none
 * @param pool null when {@code shots} is 0
 * @param isolation null for single-turn prompts
 */
public record PromptBuilder(String systemPrompt, FewShotPool pool, int shots, long fewShotSeed,
    ConstraintIsolation isolation) {
  public PromptBuilder {
    if (shots < 0) throw new IllegalArgumentException("the number of demonstrations must not be negative");
    if (shots > 0 && pool == null) throw new IllegalArgumentException("demonstrations need a pool");
  }

  /**
   * The conversation for {@code row}.
   *
   * @throws IllegalArgumentException when the row cannot be built as asked (too small a pool, a
   *     constraint that cannot be isolated)
   */
  public List<ChatMessage> build(PromptRow row) {
    List<ChatMessage> own = new ArrayList<>();
    String system = systemPrompt;
    if (row.messages() != null && !(isolation != null && singleUserTurn(row.messages()))) {
      for (ChatMessage m : row.messages()) {
        if (m.role().equals(ChatMessage.SYSTEM)) {
          system = m.content();
        } else if (isolation != null && m.role().equals(ChatMessage.ASSISTANT)) {
          own.add(ChatMessage.ownAnswer());
        } else {
          own.add(m);
        }
      }
    } else if (isolation != null) {
      if (row.messages() != null && row.messages().get(0).role().equals(ChatMessage.SYSTEM)) {
        system = row.messages().get(0).content();
      }
      ConstraintIsolation.Split split = isolation.split(row);
      own.add(ChatMessage.user(split.task()));
      own.add(ChatMessage.ownAnswer());
      own.add(ChatMessage.user(split.constraint()));
    } else {
      own.add(ChatMessage.user(row.prompt()));
    }
    List<ChatMessage> out = new ArrayList<>();
    if (system != null) out.add(ChatMessage.system(system));
    if (shots > 0) {
      for (FewShotPool.Demo d : pool.draw(row.key(), row.prompt(), shots, fewShotSeed)) {
        out.add(ChatMessage.user(d.prompt()));
        out.add(ChatMessage.assistant(d.response()));
      }
    }
    out.addAll(own);
    return out;
  }

  /** A conversation of one user turn (and maybe a system message): a plain prompt in chat form. */
  private static boolean singleUserTurn(List<ChatMessage> messages) {
    int others = 0;
    for (ChatMessage m : messages) if (!m.role().equals(ChatMessage.SYSTEM)) others++;
    return others == 1;
  }
}
