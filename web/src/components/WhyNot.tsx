// "Waarom niet?" on the card of a meeting that is not met: the server solves again with that meeting
// required and says why it cannot be (the solver's reasons, names linked) or what it would cost; then a
// short list of things a school can try, each opening the editor where that is set.
import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import type { Scenario } from "../../../src/model/browser.js";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { Linkified, editorLink, type EditorTab } from "../lib/links.js";
import { Button, ErrorBox } from "./ui.js";

export interface WhyNotAnswer {
  goal: string;
  possible: boolean | null;
  conflicts?: { rule: string; message: string; messageEn?: string; where: string }[];
  message?: string;
  messageEn?: string;
}

interface Props {
  candidateId: string;
  goal: string;
  scenario: Scenario;
  scenarioId: string;
}

export function WhyNot({ candidateId, goal, scenario, scenarioId }: Props) {
  const { t, lang } = useLang();
  const ask = useMutation({
    mutationFn: () =>
      api<WhyNotAnswer>(`/api/candidates/${encodeURIComponent(candidateId)}/why-not`, {
        method: "POST",
        json: { goal },
      }),
  });
  const a = ask.data;
  const tips: { tab: EditorTab; focus?: string; text: string }[] = [
    {
      tab: "goals",
      focus: goal,
      text: t(
        "Een korter minimumblok, of om de 2 weken in plaats van elke week",
        "A shorter minimum block, or every 2 weeks instead of every week",
      ),
    },
    {
      tab: "grids",
      text: t(
        "Een 4+2-dag: lessen korter zodat er na 15:00 kindvrije tijd is",
        "A 4+2 day: shorter lessons so there is child-free time after 15:00",
      ),
    },
    {
      tab: "cover",
      text: t(
        "Meer opvang: een zorgleerkracht, een co-teacher, klassen samenvoegen of ateliers",
        "More cover: a care teacher, a co-teacher, merging classes or ateliers",
      ),
    },
    {
      tab: "subjects",
      text: t(
        "Een les van een vakleerkracht (bv. LO of muzo) voor die klassen",
        "A lesson by a specialist teacher (e.g. PE or arts) for those classes",
      ),
    },
  ];
  return (
    <div className="why-not">
      {!a && (
        <Button onClick={() => ask.mutate()} disabled={ask.isPending} aria-busy={ask.isPending}>
          {ask.isPending
            ? t("Even nakijken… (tot 20 seconden)", "Checking… (up to 20 seconds)")
            : t("Waarom niet?", "Why not?")}
        </Button>
      )}
      {ask.error && <ErrorBox error={ask.error} />}
      {a && (
        <div role="status">
          {a.possible === false && (
            <>
              <p>
                {t("Er bestaat geen week waarin dit overleg past, omdat:", "No week can hold this meeting, because:")}
              </p>
              <ul>
                {(a.conflicts ?? []).map((c, i) => (
                  <li key={i}>
                    <Linkified
                      text={lang === "en" ? (c.messageEn ?? c.message) : c.message}
                      scenario={scenario}
                      scenarioId={scenarioId}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
          {a.possible !== false && (
            <p>
              <Linkified
                text={(lang === "en" ? a.messageEn : a.message) ?? a.message ?? ""}
                scenario={scenario}
                scenarioId={scenarioId}
              />
            </p>
          )}
          <p className="why-not-tips-title">{t("Wat u kunt proberen:", "What you can try:")}</p>
          <ul className="why-not-tips">
            {tips.map((x) => (
              <li key={x.tab}>
                <Link to={editorLink(scenarioId, x.tab, x.focus)}>{x.text}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
