import { beforeAll, describe, expect, it } from "vitest";
import type { Question } from "../../src/content/types.js";
import { analyseAnswer, renderFeedbackLines } from "../../src/practice/feedback.js";
import { loadLanguage } from "../../src/practice/language.js";
import { starOf } from "../../src/practice/star.js";
import { privacyWarnings } from "../../src/practice/privacy.js";
import { wordsOf } from "../../src/practice/words.js";
import { builtinDeck } from "../../src/eval/labelled-set.js";
import { question as questionOf } from "../helpers/content.js";

const question = (overrides: Partial<Question> = {}) => questionOf("q", { text: "Why this specialty?", ...overrides });

const fillersOf = (answer: string) => analyseAnswer(answer, question(), 90).fillers;

beforeAll(async () => {
  await loadLanguage();
}, 30_000);

describe("word count and speaking time", () => {
  it.each([
    ["", 0, 0],
    ["one", 1, 0.4],
    ["I'm on a J-1 visa; I didn’t wait.", 8, 3.2],
    ["word ".repeat(150), 150, 60],
    ["word ".repeat(151), 151, 60.4],
    ["  spaces\n\nand\tnewlines  ", 3, 1.2],
  ])("%j has %i words, about %f s at 150 wpm", (answer, words, seconds) => {
    const feedback = analyseAnswer(answer, question(), 60);
    expect(feedback.words).toBe(words);
    expect(feedback.speakingSeconds).toBe(seconds);
  });

  it("counts a Japanese answer word by word (segmented with the ICU dictionary), not as one word", () => {
    const answer = "私は東京の病院で働いています。";
    // How ICU splits the verb ending varies between versions; the nouns and particles do not.
    expect(wordsOf(answer).slice(0, 6)).toEqual(["私", "は", "東京", "の", "病院", "で"]);
    const feedback = analyseAnswer(answer, question(), 60);
    expect(feedback.words).toBe(wordsOf(answer).length);
    expect(feedback.words).toBeGreaterThan(6);
    expect(renderFeedbackLines(feedback).filter((line) => line.startsWith(`Length: ${feedback.words} words, `))).toHaveLength(1);
  });

  it("counts a 200 KB answer word for word, read in pieces cut between words", () => {
    const sentence = "I stayed with the day-to-day team and called the registrar at 3 a.m. ";
    const words = wordsOf(sentence);
    expect(wordsOf(sentence.repeat(3000))).toEqual(Array.from({ length: 3000 }, () => words).flat());
  });

  it.each([
    ["저는 서울에서 일했습니다", ["저는", "서울에서", "일했습니다"]],
    ["Day-to-day care, 3.5 years on a J-1", ["day-to-day", "care", "3.5", "years", "on", "a", "j-1"]],
    ["I’m sure — it wasn't", ["i'm", "sure", "it", "wasn't"]],
  ])("%j is the words %j", (answer, words) => {
    expect(wordsOf(answer)).toEqual(words);
  });

  it("is over the limit only when the estimate passes it", () => {
    expect(analyseAnswer("word ".repeat(150), question(), 60).overLimit).toBe(false);
    expect(analyseAnswer("word ".repeat(151), question(), 60).overLimit).toBe(true);
  });
});

describe("fillers and hedges", () => {
  it.each<[string, string, { word: string; count: number }[]]>([
    ["plain fillers", "Um, I basically, uh, actually liked it. Umm.", [{ word: "um", count: 2 }, { word: "uh", count: 1 }, { word: "basically", count: 1 }, { word: "actually", count: 1 }]],
    ["phrases", "You know, I mean, it was kind of hard, sort of. I guess maybe.", [{ word: "you know", count: 1 }, { word: "I mean", count: 1 }, { word: "kind of", count: 1 }, { word: "sort of", count: 1 }, { word: "I guess", count: 1 }, { word: "maybe", count: 1 }]],
    ["most frequent first", "maybe maybe um maybe um literally everyone", [{ word: "maybe", count: 3 }, { word: "um", count: 2 }, { word: "literally", count: 1 }]],
    ["'like' set off by commas", "It was, like, chaos.", [{ word: "like", count: 1 }]],
    ["'like' between a subject and its verb in the past; 'we like' the verb", "We like tried it for a month. We like the new rota.", [{ word: "like", count: 1 }]],
    ["'like' as a verb or comparison", "I like surgery, and it felt like home. Things like that, likely.", []],
    ["'like' meaning 'as if' before a state one can only seem to be in", "She kept nodding, like she understood. He talked like he knew the ward.", []],
    ["'like' before 'at all' only stresses", "He wasn't taking his insulin at night, like at all.", [{ word: "like", count: 1 }]],
    ["'er' after 'the' or 'to' is the emergency room, in a transcript too", "he kept coming back to the er and er I called er the senior", [{ word: "uh", count: 2 }]],
    ["'so' at the start of a sentence", "So, I called her. Then. So, again.", [{ word: "so", count: 2 }]],
    ["'so' between commas", "We waited, so, I asked.", [{ word: "so", count: 1 }]],
    ["'so' linking cause and effect, 'so that', 'or so'", "He had a rub, so I went back. I moved it so that she could come. It took an hour or so.", []],
    ["unpunctuated transcript", "so um a nurse caught it and like that was it took me like five minutes so", [{ word: "like", count: 2 }, { word: "so", count: 2 }, { word: "um", count: 1 }]],
    ["'like' as 'such as' or a verb", "I asked her questions like his date of birth. I'd like to help, a thing, like not enough staff.", []],
    ["'you know the...' and 'I mean to' are meant", "I'm sure you know the problem. I mean to call. By late I mean ten at night.", []],
    ["'you know' and 'I mean' as asides", "and, you know, I let him talk, I mean he was right", [{ word: "you know", count: 1 }, { word: "I mean", count: 1 }]],
    ["'I mean' before a new subject and its verb restarts", "five days later I mean the lesson was clear", [{ word: "I mean", count: 1 }]],
    ["'I mean' naming a thing is meant", "I mean the one on Friday.", []],
    ["'I mean' naming a thing is meant, a verb after a preposition in it too", "Thank you. I mean the part about protecting the first year for it.", []],
    ["'I mean' opening a sentence with a phrase, not a thing, restates", "I didn't file it. I mean looking back that was wrong.", [{ word: "I mean", count: 1 }]],
    ["kinda, er, erm", "I was kinda shaken, er, erm, yes", [{ word: "um", count: 1 }, { word: "uh", count: 1 }, { word: "kind of", count: 1 }]],
    ["'ER' in capitals is a place", "She was septic in the ER.", []],
    ["contrastive 'actually' is meant", "People actually read those reminders.", []],
    ["'so' and 'like' at the start of a line", "I paused \n  So, then\nLike, yes", [{ word: "like", count: 1 }, { word: "so", count: 1 }]],
    ["'kind of' as a kind", "What kind of doctor? A different sort of case.", []],
    ["'the kind of' before a word read as a verb still names a kind", "That is exactly the kind of underserved primary care I want to train in.", []],
    ["'that kind of' before a verb hedges it", "and that kind of helped him settle", [{ word: "kind of", count: 1 }]],
    ["'you know' as a question", "Do you know the answer? If you know, say so", []],
    ["'like' after a preposition or before an intensifier, unpunctuated", "she came in with like a rash on her arm and the monitor was beeping like really loud", [{ word: "like", count: 2 }]],
    ["'like' making a comparison after 'is' or after the hedge 'kind of'", "one year house job, which is like your intern year, and I drew it kind of like a fork in the road", [{ word: "kind of", count: 1 }]],
    ["'you know' before a preposition is an aside", "she went to rehab you know after about a week. If you know about the program, say so", [{ word: "you know", count: 1 }]],
    ["'actually' set against what came before is meant", "the clinic side is a no for me whereas the procedures I actually get excited about, and I actually loved it", [{ word: "actually", count: 1 }]],
    ["'literally' overstating is a filler; before a plain fact it is meant", "the phones were literally nonstop and the break room was literally a war zone, but the referral literally said appendicitis", [{ word: "literally", count: 2 }]],
    ["'what it was like' says how something is, no filler; 'it was like chaos' hedges", "she said that's what it was like for her, and I asked what the night shift is like, but honestly it was like chaos", [{ word: "like", count: 1 }]],
    ["'maybe' opening a clause after a phrase of time puts a possibility; 'maybe in a week' alone hedges", "he goes home, and maybe in three weeks he is back. Maybe at some point we'd move. It takes maybe in a week or so.", [{ word: "maybe", count: 1 }]],
    ["', like someone due for a check' gives an example; ', like nobody got lost' is a filler", "I look for people who can't wait, like someone due for a wound check. It worked out, like nobody got lost.", [{ word: "like", count: 1 }]],
    ["'literally' before an idiom overstates too", "she called back literally over the moon, and the costs went literally through the roof, but the letter literally said paid in full", [{ word: "literally", count: 2 }]],
    ["'something like' before a number approximates; 'I mean that' vouches; 'maybe you'll' suggests", "I've worked at something like fifteen practices. This is the one I want. I mean that. Maybe you'll want to see me work first.", [{ word: "like", count: 1 }]],
    ["'like' after 'when', after a comma before a hedge, or cut off from its verb", "There was this one day when like the system went down. It worked out, like nobody got lost. I would like, ask her about it. I'd like to help.", [{ word: "like", count: 3 }]],
    ["'like' between a verb and the object it needs", "she wanted to try like a diet she read about and we had like a long talk", [{ word: "like", count: 2 }]],
    ["'like' after a verb that can stand alone is a comparison; 'did like' is the verb", "he acted like a child on the ward but I did like the program", []],
    ["'like' before a new subject, not 'like I said'", "no one checked like we all trusted the list and like I said it was late", [{ word: "like", count: 1 }]],
    ["'you know' after an auxiliary", "the families were you know just waiting outside", [{ word: "you know", count: 1 }]],
    ["'you know' before 'and', unpunctuated", "the phones were ringing nonstop you know and I made a list", [{ word: "you know", count: 1 }]],
    ["'you know and' with 'you' as the subject is meant", "if you know and trust your team you delegate", []],
    ["'I mean' restarting after 'and', not 'and I mean to'", "we got there and I mean what mattered was the handover and I mean to thank them", [{ word: "I mean", count: 1 }]],
    ["'actually' set against what comes next, or against what seemed so, is meant", "I actually like the long interviews, I don't find them boring. What I actually enjoy isn't the drama. I took a practice exam to see where I actually stood.", []],
    ["'actually' after 'I' with nothing set against it is empty", "I actually met her at a conference last year, and we talked for an hour.", [{ word: "actually", count: 1 }]],
    ["'actually' doubling another intensifier", "the ward got actually really quiet after that", [{ word: "actually", count: 1 }]],
    ["'actually quite' still contrasts", "the exam was actually quite fair", []],
    ["'like we agreed' means 'as'", "I rang the lab like we agreed and like I always do", []],
    ["'maybe' naming possibilities is meant; a lone one hedges", "It could be maybe a clot, or maybe just a strain. We saw maybe ten of them.", [{ word: "maybe", count: 1 }]],
    ["'maybe' offering another option or suggesting a step is meant", "I'll email it tomorrow, or maybe Friday. Could we get a lactate and maybe a CT? Maybe grab a coffee next week.", []],
    ["'a certain kind of' names a kind", "Is it a certain kind of patient that takes the time? It was, a bit, kind of hard.", [{ word: "kind of", count: 1 }]],
    ["'maybe with' adding a possibility after a comma is meant; between commas it hedges", "I see myself as a hospitalist who teaches residents, maybe with a role in quality. It was, maybe, the hardest night.", [{ word: "maybe", count: 1 }]],
    ["'maybe' before a plain verb still hedges after 'to' or a subject", "My plan is to, um, maybe talk to some people. I maybe want to teach.", [{ word: "maybe", count: 2 }, { word: "um", count: 1 }]],
    ["'maybe' opening a clause with its own subject and verb puts a possibility", "Maybe she was right to feel that. I thought maybe they had weighed it up. I'd maybe like to teach. We talked for maybe two hours.", [{ word: "maybe", count: 2 }]],
    ["'so' opening the turn after 'sure' or 'yeah, um', even before 'that'; 'so yeah' winding up", "Sure, so I grew up in Fresno. He was fine so yeah that's it.", [{ word: "so", count: 2 }]],
    ["'so that' as the turn's first words after openers, and as a purpose", "Yeah, um, so that year the exam changed. I wrote a list so that nothing slipped.", [{ word: "um", count: 1 }, { word: "so", count: 1 }]],
    ["curly apostrophes and capitals", "UM, You Know, it’s fine", [{ word: "um", count: 1 }, { word: "you know", count: 1 }]],
    ["unpunctuated: 'like' after 'who' before a past verb, after 'keep' before its object; 'you know' before a verb", "there was this registrar who like kept paging me and instead of you know shouting I keep like a little log and I'll just you know ask him", [{ word: "like", count: 2 }, { word: "you know", count: 2 }]],
    ["unpunctuated: 'like' before a question asked, between an article and its repeat, and between a verb and its -ing; 'you know' after 'which'", "I asked her like what have you been told and which you know was fair and I keep a like a log and she kept like taking them and how is it split like is it a rota", [{ word: "like", count: 4 }, { word: "you know", count: 1 }]],
    ["'feel like going' wants to, and 'like' comparing stays out", "I feel like going home. It was like a marathon. I asked her what she liked.", []],
    ["'like' as 'as' a rule or record has it, and 'you know' with its object", "I kept a paper log of every check-in like the downtime binder says and I checked it twice. You know nothing about it until it happens.", []],
  ])("%s", (_name, answer, expected) => {
    expect(fillersOf(answer)).toEqual(expected);
  });
});

describe("STAR parts", () => {
  it.each<[string, string, [boolean, boolean, boolean, boolean]]>([
    [
      "all four, with a British spelling",
      "When I was on my medicine rotation, a patient kept missing dialysis. My job was to find out why. I rang his daughter and organised transport. In the next month he missed no sessions.",
      [true, true, true, true],
    ],
    ["a time anchor with no cue word", "One Monday the phones went down. I put a sign on the door.", [true, false, true, false]],
    ["a move as the setting", "When I moved from Cairo to Ohio, the notes were new to me.", [true, false, false, false]],
    ["a habit is no situation", "In situations like that I always respect the patient's wishes and I document everything.", [false, false, false, false]],
    ["a habit's 'when ...' is no situation either", "I always reread my prescriptions when I'm tired.", [false, false, false, false]],
    ["a duty handed to the speaker is a task", "In my second month on the ward I was assigned to audit the discharge letters. I read forty of them.", [true, true, true, false]],
    ["so is a job given", "Last winter I was given the job of running the flu clinic rota. I rang every nurse on the list.", [true, true, true, false]],
    ["a decision that was the speaker's is a task", "On my surgery sub-internship a nurse and I disagreed about when to call the senior. The decision to escalate was mine. I called the senior.", [true, true, true, false]],
    ["going in with an aim is a task", "Last year at a regional meeting I went in hoping to learn how their clinic ran its triage. I asked the nurse manager.", [true, true, true, false]],
    ["so is having gone with one ('I'd gone hoping to')", "Last spring I met a hospice director for coffee. I'd gone hoping to hear whether they hired part-time doctors. I asked her about referrals.", [true, true, true, false]],
    ["the aim in a clause of its own after the going", "Last spring I went to a county medical society dinner, mostly wanting to find out who was hiring. I asked the host to introduce me.", [true, true, true, false]],
    ["'set out' between two sentences told in the past is past, though remarks in the present outnumber them", "At my last hospital I brought in handheld ultrasound. It's an extension of the exam, the evidence is good, it's cheap and every conference teaches it. Our chart review showed that patients waited a day for an echo. I set out to cut that wait. I did a course and had the director review my scans. It's something I'd love to teach here, and so far it's mostly me who uses it.", [true, true, true, false]],
    ["a duty named with words between ('my job that weekend was') is a task", "Last spring I covered the clinic alone. My job that weekend was to call every patient due a recall. I rang forty of them.", [true, true, true, false]],
    ["so is 'the goal I set myself was to'", "When I started at the new clinic, the goal I set myself was to book without the cheat sheet by the second week. I practised on test patients.", [true, true, true, false]],
    ["so is a promise whose content is the clause after ('I'd promised his son I'd...')", "Last winter a man needed two scans and a clinic visit. I'd promised his son I'd get all three done in one morning. I booked all three before ten.", [true, true, true, false]],
    ["so is what the speaker owed someone", "Last winter a woman asked me whether her scan was bad. What I owed her was a plain answer. I told her it had spread.", [true, true, true, false]],
    ["so is a duty that was on the speaker", "On my medicine rotation the intern was off sick, so chasing the labs was on me. I checked them at noon.", [true, true, true, false]],
    ["'that one was on me' owns a mistake and is no task", "Last spring I posted a letter to the wrong address. That one was on me. I rang the patient to apologise.", [true, false, true, false]],
    ["'it got fixed' is how it ended", "Last month a man rang about a bill charged twice. I checked his account and asked billing to void the second charge. It got fixed that week.", [true, false, true, true]],
    ["a count set against the year before is how it ended", "Last autumn I ran the student flu clinic. I made the rota and recruited ten volunteers. We gave 412 flu shots, almost double the year before.", [true, false, true, true]],
    ["'so it gets fixed' in a habit is a purpose, not how anything ended", "Whenever a patient complains, I let them finish first. If it's a system problem, I take it to our practice meeting so it gets fixed for good.", [false, false, false, false]],
    ["an assumption is no action, nor a telling only thought about and denied", "On my OB rotation I saw a patient get enoxaparin with platelets of 48. I thought about telling my senior but I didn't tell her, because she was scrubbed in and I assumed the nurse had flagged it.", [true, false, false, false]],
    ["a result told first as the end ('The patient was fine in the end') is the result", "The patient was fine in the end, but it could have gone badly. On my surgical rotation I wrote metformin for a man who was nil by mouth. I told my registrar at once and rewrote the chart.", [true, false, true, true]],
    ["harm spared ('so she wasn't delayed') is how it ended", "Last spring I booked a woman's scan at the wrong site. I rebooked her at the right site for the same day, so she wasn't delayed.", [true, false, true, true]],
    ["a hope with no going is no task", "Last spring at a county medical society dinner I sat at the back, hoping to find out who was hiring. I asked the host to introduce me.", [true, false, true, false]],
    ["'we'-only steps are no action", "During my clerkship we split the patients and we called the families.", [true, false, false, false]],
    ["a state is no action", "On my first night I was exhausted.", [true, false, false, false]],
    ["a story told in the present from back home, its case in the next sentence, is a story", "In my country I work as consultant in private hospital. One lady complains that I am rushing. I let her say everything and I say I am sorry. I check the appointment log.", [true, false, true, false]],
    ["a result told first, with a figure, is the result", "Within three months our notes were closed the same day for 90% of visits instead of about half. That was the AI scribe I brought in at my last group in 2023. I asked our IT lead to run a four-week trial on my own clinic first.", [true, false, true, true]],
    ["a pulse got back is how it ended", "During a code on my ICU rotation we all had to work fast. I kept the compressions going and we got a pulse back after ten minutes.", [true, false, true, true]],
    ["'after the shift' dates a next step, not an outcome", "One night on call two patients became unwell at once. I made a list and called my registrar. After the shift I went for a run.", [true, false, true, false]],
    ["a time named with a word between ('last flu season') sets the story", "Last flu season two of our four front desk staff were out. I kept my voice down and told the people waiting how long it would be.", [true, false, true, false]],
    ["'that every day' is a habit, not a time", "I read the schedule back to every caller. I do that every day.", [false, false, false, false]],
    ["a story told in the present from back home is a story", "Back home in my own clinic I have patient, a farmer with diabetes. I ask him what is difficult with the evening dose. So I change him to one insulin in the morning. Next three months his sugar come down from 14 to 10.", [true, false, true, true]],
    ["a comparison of back home and here is no story", "Back home the doctor decides everything. Here the insurance decides many things. In my country we see sixty patients a day.", [false, false, false, false]],
    ["a result whose verb lost its past ending is still the result", "Last year in my internship a man collapsed on the ward. I started CPR. After two cycles the patient get ROSC and go to ICU.", [true, false, true, true]],
    ["a plural subject with a bare verb is read as the present", "Last year in my internship a man collapsed on the ward. I started CPR. The nurses get very tired on nights.", [true, false, true, false]],
    ["a habit is no action, though what it checks is past", "Last month a patient missed her dialysis twice. I usually check back the next day to make sure it worked.", [true, false, false, false]],
    ["an ongoing duty is no action", "During my surgery rotation I was the only student covering the floor. We triaged the patients and we called the team.", [true, false, false, false]],
    ["the mistake a story is about is where it starts, not a step", "Last spring at the clinic I scheduled a new patient's MRI on the wrong day. That was my first month.", [true, false, false, false]],
    ["'the first name that came up' is no outcome", "Last spring I booked a man with the wrong Dr. Patel. I clicked the first Patel that came up.", [true, false, true, false]],
    ["a repeat spared is how it ended", "Last spring I booked a man with the wrong Dr. Patel. I found him a slot with the right one. He didn't have to make the drive again.", [true, false, true, true]],
    ["'he did okay' is how it went", "Last winter on nights an old man with COPD got breathless. I called the registrar and started nebulisers. He did okay that night.", [true, false, true, true]],
    ["a mistake told right after owning it is no step", "Last spring a patient's INR came back at seven. That was on me: I signed the renewal without opening her list.", [true, false, false, false]],
    ["a mistake owned in the clause after it is no step either", "At my first clinic job I booked a new patient into a short slot, and that was totally my fault.", [true, false, false, false]],
    ["catching a wrong dose is a step", "One night on call I caught the wrong potassium dose in a note.", [true, false, true, false]],
    ["a commitment is a task", "Last spring a man complained. I told him that I'd find out what happened.", [true, true, true, false]],
    ["how the speaker would feel is no commitment", "Last spring a man complained about his bill. I told him that I'd be upset too.", [true, false, true, false]],
    ["a team goal is a task", "We needed to cut the wait.", [false, true, false, false]],
    ["a turn opener ('Sure.', 'Um,') does not hide the setting after it", "Sure. On my surgery rotation last spring I noticed that a patient due for theatre had no consent form signed, and the team was about to take him down.", [true, false, false, false]],
    ["what a manager asked of the speaker, before the steps, is a task", "At the store clinic I booked for three nurse practitioners. My manager asked me to get the bookings under control. First I moved everything into one calendar.", [true, true, true, false]],
    ["what was asked of the speaker after the steps is no task", "Last spring on my medicine rotation my presentations ran long. I timed every one. In the fourth week the attending asked me to present first.", [true, false, true, false]],
    ["'it was kind of my job' is a task", "On my pediatrics sub-I a resident wanted to discharge a baby. I had been charting her feeds, so it felt like it was kind of my job to say something.", [true, true, false, false]],
    ["'my first job was' is a task", "My first job was to make sure she heard it from me.", [false, true, false, false]],
    ["a duty seen as one's own is a task", "As the student on her case I saw it as my job to tell the team.", [false, true, false, false]],
    ["a goal set for oneself is a task", "Last May my attending said my talks ran long. I set myself the goal of presenting in under three minutes.", [true, true, false, false]],
    ["what the speaker needed someone else to do is a task", "As his attending I needed her to trust us.", [false, true, false, false]],
    ["'study results' is no result", "I read the study results and I like research.", [false, false, false, false]],
    ["a hypothetical outcome is no result", "First I'd listen, then I'd call billing, and it would be fixed.", [false, false, true, false]],
    ["labels count", "Situation: a busy clinic.\nTask: cut the wait.\n### Action\nMoved check-in earlier.\nResult: shorter waits.", [true, true, true, true]],
    ["a change told with a phrasal verb is a result", "On my renal block the clinic letters ran weeks late. I set up a shared template. The backlog came down within a month.", [true, false, true, true]],
    ["how it went, told by the speaker", "One night on call a man fell on the ward. I checked him over and called his son. Thankfully he had only a bruise.", [true, false, true, true]],
    ["a story told in the present, as many speakers of English as a second language tell one", "On surgery rotation the senior resident want to discharge a patient who still has fever, and I did not agree. After rounds I ask him to talk alone, I show him the temperature chart, and I say calmly my only worry is the patient.", [true, false, true, false]],
    ["a story told in the present from the event it happens at ('So I'm at the regional nursing conference')", "So I'm at the regional nursing conference in Dayton, and at the coffee break I end up beside a unit manager. She tells me about her staffing gaps and I keep asking about them. I go home and sign up for a staffing course, and when I mention it in my thank-you email she invites me to visit her unit.", [true, false, true, true]],
    ["'I'm at' a stage of a career is no setting", "I'm at a point where I want more teaching. I enjoy it and I ask for feedback from my students.", [false, false, false, false]],
    ["a story told in the present for effect ('So it's 3 a.m.')", "So it's 3 a.m., I'm the only intern on nights. A nurse pages me about a patient with chest pain. I call my senior. By 4:30 everybody is stable.", [true, false, true, true]],
    ["habits that name 'the next day' are no story", "I manage schedules for a lot of providers, so I always use colour coding and I check the next day's schedule every afternoon. I confirm appointments by phone two days ahead.", [false, false, false, false]],
    ["'my job is to', in a story told in the present, is the task", "In internship we have a cardiac arrest on the ward. My job is to do chest compressions.", [true, true, false, false]],
    ["but not outside a story", "My job is to coordinate the schedule for five surgeons.", [false, false, false, false]],
    ["in a story told in the present, 'patient go home' is how it ended", "On medicine rotation my senior want to discharge an old man. I am not agree and I show him the oxygen chart. He listen and keep him two more days. Patient go home on Monday with oxygen stable.", [true, false, true, true]],
    ["in a habit it is no outcome", "In clinic most of my patients go home the same day. I always explain the plan twice.", [false, false, false, false]],
    ["none at all, with its verb between ('didn't miss a single dose'), is how it ended", "Last winter a man kept missing his warfarin. I set up a pill box with his daughter. He didn't miss a single dose.", [true, false, true, true]],
    ["a named weekday is the setting; none at all of what was counted is the result", "The Monday after Thanksgiving two of our three front desk staff called in sick. I took the check-in window. We saw everyone, and when we ran the end-of-day report there wasn't a single registration error.", [true, false, true, true]],
    ["'luckily' before the speaker's steps is no result", "One night on nights a drip failed. Luckily the charge nurse was free. I reset the pump and stayed with him.", [true, false, true, false]],
    ["'saved' a file is no result", "During my surgery rotation the server kept crashing. I set up a backup and I saved the audit spreadsheet every day.", [true, false, true, false]],
    ["saving time is a result", "During my surgery rotation the server kept crashing. I set up a backup and it saved us hours of typing.", [true, false, true, true]],
    ["'nothing has come of it' is an outcome", "At a meeting in Leeds I asked a director about her unit. I sent her my CV but nothing has come of it.", [true, false, true, true]],
    ["a story told in the present has steps", "Last year in my old clinic a porter and me disagree about the lifts. After lunch I invite him to talk and I hear his side.", [true, false, true, false]],
    ["a future plan in a present story is no step", "On my first night shift the pager failed. Next time I'll carry a spare.", [true, false, false, false]],
    ["labels inside one line count", "Situation: our lab lost its courier. Task: get samples across town. Action: I booked taxis. Result: No sample was late that month.", [true, true, true, true]],
    ["a label alone counts, whatever follows it", "Situation: the rota had gaps. Result: Sixty slots by June.", [true, false, false, true]],
    ["a duty told before a 'would' is still a task", "On my cardiology block a man's tests came back late, and my job was to tell him that he would need another scan.", [true, true, false, false]],
    ["someone else's 'had to' is no task of yours", "On my first week the rota was full. I listed the jobs in the order they had to be done.", [true, false, true, false]],
    ["a standing duty told in the past is a task", "Last winter at the walk-in centre I was managing the bookings for three nurses.", [true, true, false, false]],
    ["a patient moved on stable is a result", "During my surgery rotation a patient became septic on the ward. I started fluids and called the team. She went to the ICU stable.", [true, false, true, true]],
    ["seen within the hour is a result", "During my surgery rotation three patients needed me at once. I called the rapid response team. Everyone got seen within the hour.", [true, false, true, true]],
    ["'during' names a period without 'my' or 'the'", "During finals week my grandmother got sick. I drove home every weekend.", [true, false, true, false]],
    ["'it worked' is a result; 'I worked' is not", "One night on call the pager failed. I set up a group chat. It worked.", [true, false, true, true]],
    ["working nights is no result", "One spring I worked nights and I covered two wards.", [true, false, true, false]],
    ["'came to no harm' is a result, and 'since then' opens no clause", "One night on call I missed a low potassium. I told my senior at once. He came to no harm, and since then I keep a list.", [true, false, true, true]],
    ["what you told yourself is no task", "During my internship the consultant ran the meetings. I told myself I would lead something like that one day.", [true, false, false, false]],
    ["a duty named after it is a task", "On my last night shift a man bled on warfarin. The final plan was my responsibility.", [true, true, false, false]],
    ["a duty is not a step", "One Friday in clinic the scanner broke. I had to explain the delay to every family.", [true, true, false, false]],
    ["'I'd planned to' is a task", "Last month at the open evening I'd planned to ask about their rota, but I talked to the dean instead.", [true, true, true, false]],
    ["how it went over the next months is a result", "Last spring in clinic a patient kept stopping his anticoagulant. I asked him what worried him. Over the next three months he did not miss a dose.", [true, false, true, true]],
    ["how it was at the next visit is a result", "At my last job a patient did not follow her diabetes plan. I booked an interpreter. At her next visit her sugar log was complete.", [true, false, true, true]],
    ["a value back in range is a result", "One night on call a man's INR was high. I held his warfarin and called the team. By morning it was back within range.", [true, false, true, true]],
    ["a scan that went ahead is a result", "In my first month at the clinic I forgot an authorisation. I called the insurer myself, and the scan went ahead.", [true, false, true, true]],
    ["a duty with its deadline is a task", "When our clinic switched to Epic in 2023, I had two weeks to learn scheduling.", [true, true, false, false]],
    ["a promise made, with what was promised, is a task (and, made, a step)", "On my sub-internship last spring a scan came back late. I had promised the family an update that afternoon.", [true, true, true, false]],
    ["the problem in the setting is no result", "One Monday two coordinators were off sick and our system went down for an hour. I switched to the paper list.", [true, false, true, false]],
    ["'the next day's list' is no time after the story", "At my last clinic we had double bookings. I built a template and every afternoon I checked the next day's list.", [true, false, true, false]],
    ["how the day ended is a result", "One Monday our system went down. I switched to the paper list. We ended the day with no double bookings.", [true, false, true, true]],
    ["passing a tube is a step, not a result", "On my surgery rotation a man came in with a bowel obstruction. I kept him nil by mouth and passed a tube.", [true, false, true, false]],
    ["an audit passed is a result", "Last year at my clinic our consent forms were out of date. I rewrote them with the lead nurse. We passed the audit in March.", [true, false, true, true]],
    ["a system back by eleven is a result, in a story told as 'we'", "On a Monday morning in March our scheduling system went down at eight. We pulled the printed schedule and we split the phones. By eleven the system was back and every patient had been seen.", [true, false, false, true]],
    ["no admissions for the next six months is a result", "In my second year at the county clinic a man kept coming back with fluid overload. I asked him what a normal day looked like. He had no admissions for the next six months.", [true, false, true, true]],
    ["a month later is a result", "At a hospital meeting last year I sat next to a chief medical officer at dinner. I asked what kept her up at night. A month later she introduced me to her medical director.", [true, false, true, true]],
    ["what did not rise is a result", "Last winter on the ward half the nurses were off sick. I moved the discharges to the morning. Length of stay did not rise.", [true, false, true, true]],
    ["having no idea is no result", "One night on call a man collapsed in the corridor. I checked him over and I had no idea what was wrong.", [true, false, true, false]],
    ["going back through the visits is a step, not a result", "Last spring at the clinic a man's chart had two dates of birth. I told my supervisor and went back through his last three visits.", [true, false, true, false]],
    ["one trip instead of three is a result; the wrong clinic 'instead of' the right one is not", "Last spring at the desk a woman needed a scan and two consults. I booked them on one day, so she made one trip instead of three.", [true, false, true, true]],
    ["a mix-up told with 'instead of' is no result", "One time at the hospital in Lagos I checked the morning list. Then I booked a patient into cardiology instead of the cardiothoracic clinic.", [true, false, true, false]],
    ["an ongoing duty cut by a filler is no action", "So, um, one time at the hospital in Lagos, um, I was, like, booking appointments and it was really busy.", [true, false, false, false]],
    ["'one time' is a setting, and disagreeing is no step", "I guess, um, one time a nurse and I kind of disagreed about, like, whether to wake a patient for obs. I didn't really say anything to her.", [true, false, false, false]],
    ["a number that went from twenty to eight is a result", "At my job in Manila I did the scheduling for three clinics. I made a colour code per clinic and I called the next day's patients. Our no-shows went from about twenty a week to eight in three months.", [true, false, true, true]],
    ["an illness that resolved is a result", "On my surgery rotation a man came in with a bowel obstruction. I kept him nil by mouth and put down a tube. The obstruction resolved without surgery.", [true, false, true, true]],
    ["a measure reached by go-live is a result", "When our clinic moved to a new system in 2024, I had two weeks to learn registration. I practised on the test system every evening. By go-live I was registering patients in under four minutes.", [true, true, true, true]],
    ["watching is no step, nor is the lesson drawn; 'my part was' is the task", "On my pediatrics sub-internship we admitted a girl in ketoacidosis. My part was the flow sheet. I mostly stood at the foot of the bed and watched. The girl went home on day three. What I took from it is that the quiet people see the most.", [true, true, false, true]],
    ["'what I did was' names a step; 'has come down' is a result", "When I came back from my break the unit had just bought a robot. What I did was twelve hours on the simulator. Length of stay has come down since.", [true, false, true, true]],
    ["'didn't lose', contracted as spoken, is a result", "On my night shift the oxygen ran short. I checked saturations every hour. We didn't lose a single patient.", [true, false, true, true]],
    ["the team's duty after the speaker's steps is where the story went, not the task", "Last spring at the clinic I booked a video visit for a diabetic woman. I checked her sugars on screen and went through her insulin. We had to bring her in the next week anyway.", [true, false, true, true]],
    ["the team's duty with an adverb ('we still had to') is the task", "At the call centre they switched us to a new phone system overnight, and we still had to hit our targets. I made a list of the buttons and taped it to my screen.", [true, true, true, false]],
    ["a state described ('I'm very detail oriented') is no step", "I'm a great communicator and I'm very detail oriented. Accuracy is really important to me.", [false, false, false, false]],
    ["a duty supposed in a condition is no task; the plan's steps are its action", "If I had to learn a new system quickly, I would ask for training and practise after hours.", [false, false, true, false]],
    ["enduring is no step, and an exam passed is how it ended", "Finals week in second year, and my grandmother died on the Tuesday. I just pushed through on coffee and passed, barely.", [true, false, false, true]],
    ["a plan the speaker had is the task; getting the job is the result", "I was at a meeting in Boston last spring. I was planning to ask a director about her rota. I kept asking her what happened next. She introduced me to her CMIO, and that's how I got the job I have now.", [true, true, true, true]],
    ["the patient's decision after the speaker's steps is a result; her refusal before them is the setting", "Last spring in clinic a woman with a breast lump refused surgery. I sat down with her and her husband and went through the options. She agreed to the hormone tablets. Next time I would bring the nurse specialist in earlier.", [true, false, true, true]],
    ["agreeing to a plan before any step of the speaker's is no result", "During my medicine rotation the attending agreed to let me run the family meeting.", [true, false, false, false]],
    ["harm that never came is a result", "One night on call I saw a second dose of Bactrim due for a patient allergic to sulfa. I asked the nurse to hold it and found my senior. The patient never got the second dose. Next time I would not wait so long to speak up.", [true, false, true, true]],
    ["a measure brought down by an amount is a result", "In my second year at the county hospital our ward was full every week. I set up a morning huddle and we split the list by acuity. We brought the length of stay down by almost a day.", [true, false, true, true]],
    ["a worry brought up is a step, not a result", "On my medicine rotation a nurse and I disagreed about a transfusion. I brought it up with the attending the same afternoon.", [true, false, true, false]],
    ["leaving calm is a result", "Last month a man came in shouting about a cancelled scan. I walked him to the side room and rang the centre. He left calm.", [true, false, true, true]],
    ["a call promised is a step of the follow-up, not the duty", "Last winter a patient's son rang the surgery, furious. I let him finish and I offered to ring him on Thursday. I said I'd call him every afternoon, and I did.", [true, false, true, false]],
    ["a promise to find out what happened is the duty", "Last winter a patient's son rang the surgery, furious. I told him that I'd find out what happened. I checked the notes with him.", [true, true, true, false]],
    ["a habit in a recurring setting is no story, nor is the lesson drawn", "On every rotation I've tried to be a good team player: I support my fellow students. I've learned that everyone on the unit has something to contribute.", [false, false, false, false]],
    ["a setting told once still is one", "On my first rotation I tried to be a good team player. I covered a colleague's patients one night. She thanked me the next day.", [true, true, true, true]],
    ["a deadline in the duty's own clause is no result", "On my surgery rotation a scan was refused. I had to get it approved before the next morning.", [true, true, false, false]],
    ["'I decided I must learn it in a month' is a duty the speaker set", "When I came to Cleveland, the first weeks were very difficult for me. I decided I must learn this system in one month. First I asked the senior nurse if I could shadow her.", [true, true, true, false]],
    ["'I must say' is no duty", "When I came to Cleveland, the first weeks were very difficult for me. I must say the nurses were patient. I asked the senior nurse if I could shadow her.", [true, false, true, false]],
  ])("%s", async (_name, answer, [situation, task, action, result]) => {
    const found = await starOf(answer);
    expect({ situation: !!found.situation, task: !!found.task, action: !!found.action, result: !!found.result }).toEqual({ situation, task, action, result });
  });

  it.each([
    ["During my fellowship a cardiologist wanted to start anticoagulation.", "I did not argue on the ward; I asked him for ten minutes after rounds."],
    ["A man phoned our clinic in June, shouting about a double charge.", "I opened his account while he was on the line and I let him finish."],
    ["At my last group nobody did point of care ultrasound.", "There was a lot of resistance at first, so I taught two of the partners."],
    ["We had a patient complain that she had waited three weeks for her results.", "I set up a results call list. Complaints about result delays dropped to zero that year."],
    ["Picture this: it's my sub-I on medicine, and we've got a patient with DKA.", "My job is to own the insulin drip. I set up a shared checklist on the whiteboard. By morning the gap is closed."],
  ])("quotes the setting told first (%s), not a later sentence", async (setting, rest) => {
    expect((await starOf(`${setting} ${rest}`)).situation).toBe(setting);
  });

  it("quotes a step after the setting for the Action, and the setting when it is the only step", async () => {
    const dinner = "At a hospital meeting last year I sat next to a chief medical officer at dinner.";
    expect((await starOf(`${dinner} I hoped to ask about jobs. Instead I asked what kept her up at night.`)).action).toBe("Instead I asked what kept her up at night.");
    expect((await starOf(dinner)).action).toBe(dinner);
    const mistake = "Last year I gave a patient the wrong arrival time, I wrote 2 pm but it was 12.";
    expect((await starOf(`${mistake} I called her the same day and I booked her into the next free slot.`)).action).toBe("I called her the same day and I booked her into the next free slot.");
  });

  it("reads a story told in the present as past from its setting, but not what holds now or the speaker's view", async () => {
    const story = await starOf("On surgery rotation I assist in thirty operations. Now I run the skills lab and I still teach the students.");
    expect([story.situation, story.action]).toEqual(["On surgery rotation I assist in thirty operations.", "On surgery rotation I assist in thirty operations."]);
    // Told in the past with a remark in the present: the remark stays the speaker's view, no Result.
    expect((await starOf("On my surgery rotation a father was angry about a delay. I sat with him. I think the key is empathy.")).result).toBeUndefined();
  });

  it("takes 'I did' with an object for a step ('I did a two-day course'), not 'I did' alone or before a verb", async () => {
    const setting = "Two years ago we brought bedside ultrasound into our urgent care.";
    const story = await starOf(`${setting} I did a two-day course. Now half our chest pain patients get a scan.`);
    expect([story.action, story.result, story.weOnly]).toEqual(["I did a two-day course.", "Now half our chest pain patients get a scan.", false]);
    expect((await starOf(`${setting} The partners asked who would learn it first, and I did.`)).action).toBeUndefined();
    expect((await starOf(`${setting} I did think about the cost.`)).action).toBeUndefined();
  });

  it.each([
    "On my sub-I, I was asked to take two admissions for the team.",
    "On nights at the VA I covered two wards on my own.",
    "In the ED I was paged about Mr Lee.",
    "On call I was paged about Mr Lee.",
    "In the ICU I was paged about Mr Lee.",
  ])("takes a setting named as residents name it: %s", async (setting) => {
    expect((await starOf(`${setting} I kept the nurse posted. In the end everyone was stable.`)).situation).toBe(setting);
  });

  it("takes a disagreement settled ('we agreed to keep her') for the Result, and 'I then called' for the speaker's step", async () => {
    const disagreed = "On my surgery rotation the senior resident and I disagreed about discharging a patient with a fever.";
    const settled = await starOf(`${disagreed} I asked to speak with him privately after rounds. We agreed to keep her one more night.`);
    expect(settled.result).toBe("We agreed to keep her one more night.");
    // Agreed at the start, it is where the story begins, not how it ended.
    const then = await starOf("On my surgery rotation we agreed on the plan at rounds. I then called the family.");
    expect([then.action, then.result]).toEqual(["I then called the family.", undefined]);
  });

  it("does not take what the speaker would have done had it gone otherwise for the Task: 'if we hadn't agreed, I would have…'", async () => {
    const story = "Last year a cardiologist and I disagreed about anticoagulation. I asked him for ten minutes after rounds. We agreed on a referral.";
    expect((await starOf(`${story} If we hadn't agreed I would have taken it to our department head.`)).task).toBeUndefined();
    // A promise reported in the story is still the duty taken on.
    expect((await starOf(`${story} I told him that I would chase the echo myself.`)).task).toBe("I told him that I would chase the echo myself.");
  });

  it("does not take where the story ended up for the duty: 'by Black Friday I was running the desk'", async () => {
    const story = "In my last year the store switched to a new system over one weekend. I kept a notebook with the steps.";
    expect((await starOf(`${story} By Black Friday I was running the returns desk on it.`)).task).toBeUndefined();
    expect((await starOf(`${story} I was running the returns desk on my own.`)).task).toBe("I was running the returns desk on my own.");
  });

  it("quotes how it ended for the Result, not a later clause of the setting's sentence", async () => {
    expect((await starOf("Last year a classmate was applying and had no contacts at all. All I did was mention her name to my preceptor. She got the job.")).result).toBe("She got the job.");
  });

  it("takes a terse note of what the speaker did for the Action, a describing participle in it or not ('Built a colour-coded master schedule')", async () => {
    const star = await starOf("Four surgeons, two clinics, one OR calendar. Built a colour-coded master schedule in Excel. Double bookings went from about five a week to none.");
    expect(star.action).toBe("Built a colour-coded master schedule in Excel.");
  });

  it("quotes how it ended for the Result, not a test's normal result on the way, a rule set up, or the error itself", async () => {
    const scan = "Last spring a teacher came in with the worst headache of his life. I ordered a CT head, which was normal, and then a CT angiogram. It showed a dissection. He recovered fully.";
    expect((await starOf(scan)).result).toBe("He recovered fully.");
    const rule = "When I started we had six double bookings a week. I set up a rule that nothing got booked without checking the master first. Within two months double bookings went from six a week to zero.";
    expect((await starOf(rule)).result).toBe("Within two months double bookings went from six a week to zero.");
    const dose = "During my clerkship I copied the wrong dose of his blood thinner, five milligrams instead of two and a half. I did not escalate it. The pharmacist caught it the next morning, so there was no harm to the patient.";
    expect((await starOf(dose)).result).toBe("The pharmacist caught it the next morning, so there was no harm to the patient.");
  });

  it("quotes how it ended for the Result, not a finding along the way, unless that is all there is", async () => {
    const story = "On a Saturday a patient's daughter was shouting at the nurses. I took her into the family room.";
    const finding = "It turned out the phone number on file was her brother's.";
    expect((await starOf(`${story} ${finding} I rang her every afternoon. She wrote to the practice afterwards to thank us.`)).result).toBe("She wrote to the practice afterwards to thank us.");
    expect((await starOf(`${story} ${finding}`)).result).toBe(finding);
    expect((await starOf(`${story} It all turned out fine. She wrote afterwards to thank us.`)).result).toBe("It all turned out fine.");
    // A mistake found by someone else is found out, not how it ended.
    const dose = "Last winter on nights I ordered too much potassium for a patient. I told my senior straight away.";
    expect((await starOf(`${dose} The day team found it at 5.9 the next morning. Nobody was harmed.`)).result).toBe("Nobody was harmed.");
  });

  it("takes what became of someone else, told last after the speaker's steps, as the Result", async () => {
    const diabetes = "During my family medicine block a man with new diabetes kept missing his visits. I called him myself and set up a weekly check-in by phone.";
    expect((await starOf(`${diabetes} He joined the hospital's diabetes class in March.`)).result).toBe("He joined the hospital's diabetes class in March.");
    const student = "Last year a first-year student had no research experience. I introduced her to our lab's coordinator.";
    expect((await starOf(`${student} She runs the lab's survey project now.`)).result).toBe("She runs the lab's survey project now.");
    // The speaker's comment is not how it ended; nor is someone else's deed that steps of the speaker's follow.
    expect((await starOf(`${student} It was nice to see.`)).result).toBeUndefined();
    expect((await starOf(`${student} What it taught me is that you help most when you just let people talk.`)).result).toBeUndefined();
    expect((await starOf("so on my surgery rotation a patient fell and while the nurse held his head i called the registrar and i stayed with him")).result).toBeUndefined();
    // Someone first named in the last sentence did something else: that is not what became of the people in the story.
    const system = "When our clinic switched to Epic we had two weeks of go-live support. I did the e-learning modules at night.";
    expect((await starOf(`${system} My manager did most of the training for the new hires.`)).result).toBeUndefined();
    expect((await starOf(`${diabetes} His daughter sent us a card in March.`)).result).toBe("His daughter sent us a card in March.");
  });

  it("takes the speaker's next step told 'after that' for no Result, and a death or thanks for one", async () => {
    const news = "On night duty I had to tell a son that his father was dying. I told him in the small office. After that I stayed quiet.";
    const lesson = "From this I learned that silence is part of the conversation.";
    expect((await starOf(`${news} ${lesson}`)).result).toBeUndefined();
    expect((await starOf(`${news} His father died in the morning. ${lesson}`)).result).toBe("His father died in the morning.");
    expect((await starOf(`${news} The son came back to thank me before he left. ${lesson}`)).result).toBe("The son came back to thank me before he left.");
    // Another sign of an outcome in the same clause still makes it one.
    expect((await starOf(`${news.replace("After that I stayed quiet.", "After that I stayed quiet and he calmed down.")} ${lesson}`)).result).toBe("After that I stayed quiet and he calmed down.");
  });

  it("reads a sentence that opens with a past verb as the speaker's own note ('Spotted it on the Wednesday')", async () => {
    const found = await starOf("Booked a patient into the Thursday clinic when the doctor was on leave. Nobody had told reception about the locum. Spotted it on the Wednesday, rang her straight away and moved her to Friday. She was fine about it.");
    expect(found).toMatchObject({ action: "Spotted it on the Wednesday, rang her straight away and moved her to Friday.", result: "She was fine about it." });
  });

  it("takes 'it helped' and patients who 'seemed more comfortable' for how it turned out", async () => {
    const story = "When I joined a family clinic, a third of the patients waited for the phone interpreter. I started seeing them in Spanish and I ran two sessions teaching the MAs key phrases.";
    const lesson = "I learned that a skill is worth most where it fills a gap.";
    expect((await starOf(`${story} People said it helped a lot. ${lesson}`)).result).toBe("People said it helped a lot.");
    expect((await starOf(`${story} Patients seemed more comfortable. ${lesson}`)).result).toBe("Patients seemed more comfortable.");
  });

  it("takes a setting named in the plural ('during my final exams') for the Situation, not the first step", async () => {
    const found = await starOf("During my final exams my mother was in hospital. I made a timetable and studied in the mornings. I passed all my exams.");
    expect(found).toMatchObject({ situation: "During my final exams my mother was in hospital.", action: "I made a timetable and studied in the mornings.", result: "I passed all my exams." });
  });

  it("takes a deadline ('before the next morning') for no outcome: the number that ends the story is the Result", async () => {
    const found = await starOf("Last spring I booked for three clinics at once. Every afternoon I ran a double-booking report and fixed any clashes before the next morning. Over three months, no-shows fell from 12% to 7%.");
    expect(found.result).toBe("Over three months, no-shows fell from 12% to 7%.");
  });

  it("takes what set the steps off ('her INR came back at 5.8. I told my senior') for no Result when a later outcome tells how it ended", async () => {
    const found = await starOf("On my medicine sub-internship I missed a drug interaction. The next morning her INR came back at 5.8. I told my senior straight away and rang the pharmacist. Her INR came down to 2.4 over two days. Since then I always check new antibiotics, and I filed an incident report.");
    expect(found.result).toBe("Her INR came down to 2.4 over two days.");
    // With no later outcome, the first one still is the Result.
    expect((await starOf("On my medicine sub-internship I missed a drug interaction. I told my senior straight away. The next morning her INR came back at 2.4.")).result).toBe("The next morning her INR came back at 2.4.");
  });

  it("quotes the sentence that shows each part", async () => {
    const found = await starOf("On my surgery rotation a patient fell. I called the registrar at once. He recovered fully.");
    expect(found).toEqual({
      weOnly: false,
      situation: "On my surgery rotation a patient fell.",
      action: "I called the registrar at once.",
      result: "He recovered fully.",
    });
  });

  it("reads a change told as a comparison after a time span as the Result, and a feeling as no step", async () => {
    const found = await starOf("During my medicine rotation my attending told me my presentations were too long. I was upset at first. Then I practised with a timer. After two weeks she said my presentations were much clearer.");
    expect(found.action).toBe("Then I practised with a timer.");
    expect(found.result).toBe("After two weeks she said my presentations were much clearer.");
  });

  it("takes 'as a result' as the Result, and students who 'dropped out' as no outcome", async () => {
    const found = await starOf("Last spring I ran our free clinic's Saturday vaccine days. When two students dropped out, I covered one shift myself. As a result, we ran every Saturday that season and vaccinated 312 patients.");
    expect(found.result).toBe("As a result, we ran every Saturday that season and vaccinated 312 patients.");
  });

  it("takes nothing the speaker says they have no news of for the Result, and keeps what happened before it", async () => {
    const story = "On my pediatrics rotation a father was angry about a long wait. I sat down with him and explained the delay.";
    // What follows a "no feedback since" or "never found out whether" is not how it ended.
    expect((await starOf(`${story} I haven't had any word on it since, because my block ended that Friday.`)).result).toBeUndefined();
    expect((await starOf(`${story} I never found out whether his son went home that night.`)).result).toBeUndefined();
    expect((await starOf(`${story} We lost touch, so I can't tell you where they ended up.`)).result).toBeUndefined();
    // What happened is still the Result when the speaker heard nothing after it.
    expect((await starOf(`${story} He moved his son to another clinic and I never heard how it went.`)).result).toBe("He moved his son to another clinic and I never heard how it went.");
  });

  it("takes a step of the speaker's dated 'at the end of the day' for a step, not the Result", async () => {
    const story = "Last winter our front desk lost its scheduling system for a morning. I booked the walk-ins on paper and called the afternoon patients.";
    expect((await starOf(`${story} At the end of the day I stayed late and typed the paper bookings in.`)).result).toBeUndefined();
    expect((await starOf(`${story} At the end of the day every patient had been seen.`)).result).toBe("At the end of the day every patient had been seen.");
  });

  it("asks what you did when the story is told only with 'we'", async () => {
    expect((await starOf("During my clerkship we split the patients and we called the families.")).weOnly).toBe(true);
  });

  it("gives no point about the speaker's own deed to a story told only with 'we', and gives it once an 'I' step is told", () => {
    const q = question({ format: "star", text: "Tell us about an error in a record you found.", points: [{ text: "Corrected it through the proper process", keywords: ["merge", "proper"] }] });
    expect(analyseAnswer("Last year at the clinic we found a patient with two charts. We merged the charts through the proper request.", q, 90).covered).toEqual([]);
    expect(analyseAnswer("Last year at the clinic I found a patient with two charts. We merged the charts through the proper request.", q, 90).covered.map((c) => c.point)).toEqual(["Corrected it through the proper process"]);
  });

  it("takes no plan for the Action of a story question, unless the question asks for a plan", () => {
    const plan = "I always try to see both sides. If a colleague and I disagreed, I would speak to them privately and listen to their point of view.";
    expect(analyseAnswer(plan, question({ format: "star", text: "Tell us about a conflict with a colleague." }), 90).star).toEqual({ situation: false, task: false, action: false, result: false });
    expect(analyseAnswer(plan, question({ format: "star", text: "What would you do if a colleague disagreed with you?" }), 90).star?.action).toBe(true);
  });

  it("is only reported for star questions", () => {
    expect(analyseAnswer("When I was there I decided.", question({ format: "open" }), 90).star).toBeUndefined();
    expect(analyseAnswer("When I was there I decided.", question({ format: "star" }), 90).star).toEqual({ situation: true, task: false, action: true, result: false });
  });
});

describe("coverage of the question's points", () => {
  it("takes a course or a step only weighed now ('I'm looking at a course', 'I'm thinking about') for nothing done", () => {
    const q = question({ format: "star", text: "Tell us about a new procedure you brought into your practice.", points: [{ text: "Learned it safely, through a course or supervised practice", keywords: ["course", "proctor"] }] });
    const story = "Last year at our clinic I started using bedside ultrasound for heart failure visits.";
    expect(analyseAnswer(`${story} I'm looking at a certificate course for next spring.`, q, 90).covered).toEqual([]);
    expect(analyseAnswer(`${story} I'm thinking about a proctored course with the ED team.`, q, 90).covered).toEqual([]);
    expect(analyseAnswer(`${story} I took a certificate course first.`, q, 90).covered.map((c) => c.point)).toEqual(["Learned it safely, through a course or supervised practice"]);
  });

  /** Whether an answer to a built-in question earns the point with that text. */
  const earns = (deck: string, id: string, point: string) => (answer: string) =>
    analyseAnswer(answer, builtinDeck(deck).questions.find((x) => x.id === id)!, 120).covered.some((c) => c.point === point);

  it("takes 'I'm the lead coordinator' as an introduction, and the title in it for no achievement", () => {
    const title = "I'm the lead patient coordinator at an orthopedic clinic in Evanston. What brings you here?";
    expect(earns("networking", "what-do-you-do", "Gives a short, clear introduction - role, setting, focus")(title)).toBe(true);
    const achievement = earns("networking", "what-do-you-do", "Mentions one achievement briefly, without stacking credentials");
    expect(achievement(title)).toBe(false);
    expect(achievement(`${title.replace(" What brings you here?", "")} Last year I led the switch to text reminders. What brings you here?`)).toBe(true);
  });

  it("asks a thin plan, where the question asks for one, for more of its steps, not for a story", () => {
    const q = builtinDeck("patient-coordinator").questions.find((x) => x.id === "billing-error-upset-patient")!;
    const plan = "First I would let the patient finish and tell them I understand. Then I'd pull up their statement and send it to billing.";
    const [length] = renderFeedbackLines(analyseAnswer(plan, q, q.answerSeconds), q.format);
    expect(length).toMatch(/: there is room to say more about the steps you would take and how it would end$/);
    const story = builtinDeck("residency").questions.find((x) => x.id === "mistake-you-made")!;
    expect(renderFeedbackLines(analyseAnswer("I would always be careful.", story, story.answerSeconds), story.format)[0]).toMatch(/: add a specific example with what you did and how it turned out$/);
  });

  it("takes a wish given up ('I had hoped to ask') for what you hoped to learn, as 'I was hoping to ask'", () => {
    const scene = earns("networking", "learned-by-listening", "Sets the scene - who, where and what you hoped to learn");
    const story = (wish: string) => `At a conference reception last spring I sat next to a department chair. ${wish}, but she started talking about her residents, so I let her talk.`;
    expect(scene(story("I had hoped to ask about openings"))).toBe(true);
    expect(scene(story("I was hoping to ask about openings"))).toBe(true);
    expect(scene(story("I asked about openings"))).toBe(false);
  });

  it("takes one paper published for the one achievement asked for, and a string of papers for the stacking it warns of", () => {
    const achievement = earns("networking", "what-do-you-do", "Mentions one achievement briefly, without stacking credentials");
    expect(achievement("I'm a hospitalist at Mercy North. I published a paper on sepsis handoffs last year. And you?")).toBe(true);
    expect(achievement("I'm a hospitalist at Mercy North. I published several papers on sepsis, and I have an MBA. And you?")).toBe(false);
  });
  const covered = (answer: string, keywords: string[], text = "The point", format: Question["format"] = "open") =>
    analyseAnswer(answer, question({ format, points: [{ text, keywords }] }), 90).covered[0];

  it.each<[string, string, string[], string | undefined]>([
    ["inflections by lemma", "I took notes and asked the residents", ["take notes"], "took notes"],
    ["British spelling", "I realised I had organised it badly", ["realize"], "realised"],
    ["whole words only: 'career' is not 'care'", "I want a career change", ["care"], undefined],
    ["a phrase with a gap", "I let my supervisor know straight away", ["let ... know"], "let my supervisor know"],
    ["a verb cue in a tense matches another form as a verb", "She leads the audit now", ["led"], "leads"],
    ["but not that form as a noun", "I'm the lead coordinator", ["led"], undefined],
    ["its own form matches as it is", "Two published guidelines came out of it", ["published"], "published"],
    ["negated", "I haven't done any research in neurology", ["research"], undefined],
    ["what the speaker noticed something else do is not the speaker's deed", "during handover i noticed the patient's wristband said latex allergy.", ["i said"], undefined],
    ["a deed after a link word is still the speaker's", "I noticed the chart and said so to the nurse.", ["i said"], "said"],
    ["a move only thought of is no deed", "She ran a practice in Leeds that I was thinking of joining.", ["i joined"], undefined],
    ["negation ends with its clause", "I haven't done research, but I did two electives", ["elective"], "electives"],
    ["a negative cue", "I can't share anything over the phone", ["can't share"], "can't share"],
    ["a transcript's negation stops at a new 'that was' clause", "i didn't read the label twice that was my fault", ["my fault"], "my fault"],
    ["'maybe' opens the clause of its subject", "we'd let it rest perhaps they were tired", ["perhaps they"], "perhaps they"],
    ["'to be honest' is a way of speaking", "To be honest the rota was to blame", ["honest"], undefined],
    ["'honest' as a claim counts", "I was honest with her about the delay", ["honest"], "honest"],
    ["set aside by a comparison", "Honestly I asked far more than I listened", ["listen"], undefined],
    ["set aside by 'instead of'", "I sent a text instead of calling her", ["call"], undefined],
    ["the other side of a contrast still counts", "I called her instead of texting", ["call"], "called"],
    ["set aside by 'rather ... than'", "I'd rather sort it out myself than ask a colleague to help", ["colleague"], undefined],
    ["what one would rather do still counts", "I'd rather ask a colleague to help than let the phones ring", ["colleague"], "colleague"],
    ["a wish is not a deed", "I'd like to do more research", ["research"], undefined],
    ["a cue that is a wish matches a wish", "I hope to do a fellowship in cardiology", ["hope to"], "hope to"],
    ["a wish cue in the speaker's words", "I like it here because I want to become an internist", ["i want to become"], "I want to become"],
    ["a wish cue is still undone by a negation", "I don't want to leave the area", ["want to"], undefined],
    ["'since then' stays with its clause", "He came to no harm, and since then I keep a written list.", ["since then"], "since then"],
    ["'once' after the subject is an adverb, not a new clause", "I once booked a patient into the wrong clinic.", ["i booked"], "booked"],
    ["a habit taken up since the story", "I once sent a specimen unlabelled. Since then I always check the label first.", ["since then"], "Since then"],
    ["a lapsed habit", "I used to go to the national meeting", ["meeting"], undefined],
    ["what a negated verb asks about", "I haven't really worked out how I'll cope with that yet", ["cope"], undefined],
    ["'no matter what' after a negation asks nothing", "im not doing that drive twice a week no matter what they pay the procedure thing is interesting", ["procedure"], "procedure"],
    ["what a verb asks about, said", "I know how I'll cope: I run and I call my sister", ["cope"], "cope"],
    ["what one told oneself", "I told myself I should get a certification one day", ["certification"], undefined],
    ["a deed not done, said with hindsight", "I know I should have told my resident the same day", ["told my resident"], undefined],
    ["a deed done", "I told my resident the same day", ["told my resident"], "told my resident"],
    ["what one means to do is a plan", "I mean to start a journal club with the internists", ["start"], undefined],
    ["a deed not done holds for all that was to be checked", "Looking back, I should have checked whether any earlier visits or results had been filed under the old chart.", ["result"], undefined],
    ["hyphenated words stay whole", "I did a sub-internship in June", ["sub-internship"], "sub-internship"],
    ["a filler set off by commas keeps the denial whole", "I don't really keep, like, a list or anything", ["list"], undefined],
    ["nor does it split a phrase", "What, um, made you want to study that?", ["what made you"], "What, um, made you"],
    ["a hesitation inside a phrase", "I asked what uh made you choose it", ["what made you"], "what uh made you"],
  ])("%s", (_name, answer, keywords, matched) => {
    expect(covered(answer, keywords)?.matched[0]).toEqual(matched);
  });

  it("quotes the sentence that says the most of the point's cues, over several clauses", () => {
    const answer = "First I would ask the nurse which patients are urgent. Throughout, I would keep the manager informed and note every change.";
    expect(covered(answer, ["nurse", "manager", "inform", "note"], "Keeps the team and the manager informed and notes every change")?.evidence).toBe("Throughout, I would keep the manager informed and note every change.");
  });

  it("gives a story about one's own rotation no point of 'Why our program?'", () => {
    const q = builtinDeck("residency").questions.find((x) => x.id === "why-this-program")!;
    const story = "During my pediatrics rotation I had a patient with asthma whose mother could not afford the inhaler. I called the pharmacy, found a coupon and the child was not readmitted. That taught me to look at the social side of medicine.";
    expect(analyseAnswer(story, q, 90).covered).toEqual([]);
    expect(analyseAnswer("I did an away rotation here and I noticed your block schedule. A resident told me at the social hour how much teaching there is.", q, 90).covered.map((c) => c.point)).toEqual([
      "Two or three specific features you found through your own research",
      "Something you learned from talking to residents or at the pre-interview session",
    ]);
  });

  it.each([
    ["networking", "open-with-department-chair", "Hi, I really enjoyed your talk this morning. What made you decide to start the program in a rural county?", "Asks one open question about their work or views, then lets them talk"],
    ["residency", "memorable-patient", "On my medicine rotation I cared for a retired teacher with heart failure who kept coming back.", "A short, respectful description with no identifying details"],
    ["second-interview", "disagree-with-colleague", "During my fellowship a cardiologist wanted to start anticoagulation. I did not argue on the ward; I asked him for ten minutes after rounds.", "Raised it privately and directly, focused on the patient rather than on who was right"],
    ["second-interview", "added-value-to-team", "At my last group nobody did bedside ultrasound. I taught two of the partners. The number of formal echo referrals went down by about a third in the first year.", "Gave a result with a number or a clear before and after"],
    ["patient-coordinator", "schedule-multiple-departments", "At my job in Manila I did the scheduling for three clinics. I made a colour code per clinic. Our no-shows went from about twenty a week to eight in three months.", "Ends with a measurable result"],
    ["patient-coordinator", "adapt-communication", "Last winter an elderly man came in without his grandson. I booked a phone interpreter. At the end I asked him to show me when he would take each dose, and he got it right.", "Confirms the patient really understood"],
    ["second-interview", "when-things-went-wrong", "Two years ago a patient of mine got a double dose of enoxaparin. I told her and her husband the same morning and I filed the incident report myself.", "Put the patient first, including honest disclosure"],
    ["networking", "helped-without-gain", "One of our nurses wanted to become a nurse practitioner, and I spent a few evenings helping her with the application essay.", "Describes whom you helped and what they needed"],
    ["second-interview", "handle-patient-complaint", "Last year a patient complained that I had ignored his foot pain. I went back through my notes and he was right.", "Looked into what actually happened instead of defending by reflex"],
    ["patient-coordinator", "busiest-day", "Last December our clinic was short-staffed and slammed. Every half hour I went out and told the waiting room how long they'd wait.", "Stayed composed and kept patients informed"],
    ["second-interview", "nonadherent-patient", "Last year a patient kept missing his evening metformin because he worked nights. I moved the dose to when he got home.", "Adjusted the plan to fit their life, cost or beliefs where it was safe to do so"],
    ["residency", "why-this-specialty", "I fell for internal medicine on my inpatient month. The wards can grind you down, and I'd still pick it.", "An honest view of the hard parts and why you still want it"],
    ["residency", "feedback-received", "On my surgery rotation my attending told me my notes were too long. My first thought was that I was just being thorough, but he had a point.", "Your first reaction and how you moved past it"],
    ["patient-coordinator", "own-mistake", "Last month I booked a patient at the wrong site. I called her the moment I found out, and I also let my supervisor know.", "Acted quickly to fix it and told the right people"],
    ["patient-coordinator", "adapt-communication", "Last year a man with limited English was booked for a colonoscopy. I asked him to tell me when he'd stop eating, and he said midnight.", "Confirms the patient really understood"],
    ["networking", "plan-when-networking-is-hard", "I'd prepare two openers. I don't want to be pushy, but I don't want to hang back in a corner either.", "Aims for the middle ground between too subtle and too pushy"],
    ["second-interview", "work-with-staff", "I treat the MAs like colleagues. Our MA suggested we room patients in the order they arrived, and we changed it together.", "Listened to staff who often spot problems first"],
    ["residency", "greatest-weakness", "I procrastinate on admin tasks, so I started blocking thirty minutes after rounds.", "A real weakness that matters at work but is not disqualifying"],
    ["residency", "greatest-weakness", "I put off my notes, so I started blocking time after rounds, and by the end of the month I was finishing discharges before noon.", "Evidence that it is getting better"],
    ["residency", "greatest-weakness", "I take on too much. I started checking my calendar before I agree to anything, and I said no to two committees this year.", "Evidence that it is getting better"],
    ["residency", "mistake-you-made", "On my medicine rotation I copied the potassium from the wrong day into the progress note. I told my senior.", "A real error that you own, without shifting blame"],
    ["patient-coordinator", "own-mistake", "Last month I, like, booked a patient for a colonoscopy without, um, sending the prep instructions.", "Owns a real mistake without excuses"],
    ["residency", "hardest-part-of-specialty", "On my ICU rotation I saw how hard the deaths are. I think I will manage by debriefing after, and I will talk to my co-residents and my husband.", "A plan for coping with it and who you would lean on"],
    ["networking", "partner-stretched-thin", "that sounds exhausting how long has it been like that is it mainly the weekend call or the clinic backlog", "Asks about the need itself - coverage, skills, location, schedule - not about pay"],
  ])("%s/%s: the point is earned in the words people use for it", (deck, id, answer, point) => {
    const q = builtinDeck(deck).questions.find((x) => x.id === id)!;
    expect(analyseAnswer(answer, q, 90).covered.map((c) => c.point)).toContain(point);
  });

  it("takes the partners' earnings as a poor comparison only when the answer says so, not when it uses them as the guide", () => {
    const ticked = earns("networking", "need-beats-numbers", "Notes that when your work differs from the partners', their earnings are a poor comparison");
    expect(ticked("My first question would be what the partners take home, because that gives me a benchmark for what I'd earn.")).toBe(false);
    expect(ticked("What the partners take home is a poor guide for me, since I'd be doing procedures none of them do.")).toBe(true);
    expect(ticked("Their income isn't a fair comparison anyway, my case mix would be different.")).toBe(true);
  });

  it("reads a point's examples after a dash as examples: 'claims, results, appointments' asks for no STAR Result", () => {
    const ticked = earns("patient-coordinator", "records-accuracy-error", "Checked what else it had affected - claims, results, appointments");
    const story = "Last spring I found two patients' charts merged under one record, with one man's scan filed in the other's chart. I told my supervisor and we raised it with health information.";
    expect(ticked(`${story} They merged the charts properly that afternoon and the patient was fine.`)).toBe(false);
    expect(ticked(`${story} I checked whether any claims had gone out under the wrong name.`)).toBe(true);
  });

  it("hears the hard parts of a specialty weighed with 'I'd rather', continuity as day-to-day work, teaching as a direction, and a reading routine told by its days", () => {
    const hardParts = earns("residency", "why-this-specialty", "An honest view of the hard parts and why you still want it");
    expect(hardParts("I love acute medicine. I know the shift pattern is brutal on family life, but I'd rather be tired doing this than comfortable doing anything else.")).toBe(true);
    expect(hardParts("I love acute medicine and I'd rather do it than anything else.")).toBe(false);
    const dayToDay = earns("residency", "why-this-specialty", "What you enjoy about the day-to-day work, beyond the highlights");
    expect(dayToDay("On my medicine sub-internship I realised that I liked following a patient across the whole admission.")).toBe(true);
    const direction = earns("second-interview", "career-direction", "Gave a realistic direction, such as leadership, a special interest or teaching");
    expect(direction("In five years I'd like a full panel, and some teaching with the residents as well.")).toBe(true);
    const routine = earns("second-interview", "stay-current", "Showed a routine, not occasional reading");
    expect(routine("I read the NEJM table of contents every Monday and I listen to a podcast most mornings.")).toBe(true);
    expect(routine("I read a journal when something comes up.")).toBe(false);
  });

  it("does not credit the speaker with a deed told in the passive with someone else as its doer", () => {
    const point = "Brought colleagues and staff along with the change";
    expect(covered("The robot training was run by our fellow, Ravi.", ["training"], point)).toBeUndefined();
    expect(covered("The robot training was run by me.", ["training"], point)?.matched[0]).toBe("training");
    expect(covered("The robot training was finished by Friday.", ["training"], point)?.matched[0]).toBe("training");
  });

  it("does not credit the speaker with checking what else a record error affected when the supervisor did it", () => {
    const ticked = earns("patient-coordinator", "records-accuracy-error", "Checked what else it had affected - claims, results, appointments");
    const story = "Last spring I scanned a patient's insurance card into the wrong chart. I told my supervisor straight away.";
    expect(ticked(`${story} Later my supervisor went back through the claims from that morning.`)).toBe(false);
    expect(ticked(`${story} Later I went back through the claims from that morning.`)).toBe(true);
  });

  it("counts what the speaker would tell the patient as part of the plan, whatever its own tense", () => {
    const ticked = earns("patient-coordinator", "billing-error-upset-patient", "Involved billing or insurance and gave the patient a clear next step and timeline");
    expect(ticked("First I'd let him vent. If it's a coding issue I'd send it to our biller and tell the patient exactly when they'll hear back.")).toBe(true);
    expect(ticked("First I'd let him vent. If it's a coding issue I'd send it to our biller. Usually they'll hear back within a week.")).toBe(false);
  });

  it("matches a cue's noun in a plural the language model does not know ('observerships'), and a lesson for a point that asks what you learned", () => {
    const precise = earns("residency", "img-us-clinical-experience", "Be precise about hands-on versus observational work (externship, sub-internship, observership)");
    expect(precise("Last summer I did two four-week observerships, one in internal medicine in Ohio and one in cardiology in Chicago.")).toBe(true);
    const learned = earns("residency", "img-us-clinical-experience", "What you learned about the US system (teams, documentation, insurance, patient expectations)");
    expect(learned("Last summer I did an observership in Ohio. I learned that the US system relies on documentation.")).toBe(true);
    expect(learned("Last summer I did an observership in Ohio. I learned a lot about insurance and documentation in the US.")).toBe(true);
  });

  it("does not take 'the intellectual challenge' someone likes for a hard part of the specialty", () => {
    const q = builtinDeck("residency").questions.find((x) => x.id === "why-this-specialty")!;
    const point = "An honest view of the hard parts and why you still want it";
    expect((analyseAnswer("I like the variety and the intellectual challenge.", q, 90).halfSaid ?? []).find((h) => h.point === point)).toBeUndefined();
    expect(analyseAnswer("The nights are draining, but I still want it.", q, 90).covered.map((c) => c.point)).toContain(point);
  });

  it("does not take the setting's 'a patient was about to get heparin' for the result for the patient", () => {
    const ticked = earns("residency", "speaking-up-safety", "The result for the patient or team");
    const setting = "On my surgery rotation I noticed that a patient was about to get heparin although his platelets were low. I told the registrar straight away.";
    expect(ticked(setting)).toBe(false);
    expect(ticked(`${setting} He stopped the heparin and the patient was fine.`)).toBe(true);
  });

  it("takes 'we all learned' for the lesson of a team story: the speaker learned it too", () => {
    const ticked = earns("residency", "teamwork-example", "A concrete result and what you learned");
    const story = "On my medicine rotation our team had a patient with sepsis overnight. I called the registrar and started the fluids. In the end he recovered";
    expect(ticked(`${story}, and we all learned how important clear communication is.`)).toBe(true);
    expect(ticked(`${story}.`)).toBe(false);
  });

  it("quotes the sentence that says the point in most words, not the first to name one cue", () => {
    const q = builtinDeck("residency").questions.find((x) => x.id === "conflict-with-colleague")!;
    const answer = "On my placement a registrar and I disagreed about the care of an elderly patient. I asked her for five minutes in the office. I said I wanted to keep the focus on the patient rather than on who was right. We kept him one more night.";
    const focus = analyseAnswer(answer, q, 120).covered.find((c) => c.point === "Kept the focus on patient care or the shared goal");
    expect(focus?.evidence).toBe("I said I wanted to keep the focus on the patient rather than on who was right.");
  });

  it("takes a wish told in the past perfect ('I'd hoped to do an elective') as one that did not come true", () => {
    const ticked = earns("residency", "why-this-specialty", "Evidence you tested the interest (electives, research, mentors, sub-internships)");
    expect(ticked("I love the pace of emergency medicine. I'd hoped to do an EM elective but it was cancelled twice.")).toBe(false);
    expect(ticked("I love the pace of emergency medicine. I had planned to do an EM elective, but my visa came too late.")).toBe(false);
    // A wish that came true: "had always wanted to" tells no disappointment.
    expect(ticked("I love the pace of emergency medicine. I had always wanted to do an EM elective, and in my final year I got one.")).toBe(true);
    expect(ticked("I love the pace of emergency medicine. I did an EM elective in my final year.")).toBe(true);
  });

  it("does not take where you ended up sitting at a meeting for what came of the conversation", () => {
    const ticked = earns("networking", "learned-by-listening", "Result - a decision, an introduction or an opportunity");
    expect(ticked("Last year at the state ACP meeting I ended up at a lunch table next to a medical director from Spokane. I asked her what a normal week looks like and then mostly listened.")).toBe(false);
    expect(ticked("Last year at the state ACP meeting I sat next to a medical director from Spokane and mostly listened. A week later she introduced me to their chief of medicine.")).toBe(true);
  });

  it("asks for both halves of 'the outcome and what you took from it': the outcome alone is half the point", () => {
    const q = builtinDeck("second-interview").questions.find((x) => x.id === "difficult-case")!;
    const point = "Gave the outcome and what you took from it";
    const story = "My most difficult case was last spring: a young man came in with chest pain and a normal ECG, and everyone had him down as anxiety. I went back, thought about a PE after his long flight, and got a CT angiogram, which showed clots.";
    const verdict = (answer: string) => analyseAnswer(answer, q, 120);
    const outcomeOnly = verdict(`${story} He did well on anticoagulation and went home after three days.`);
    expect(outcomeOnly.covered.map((c) => c.point)).not.toContain(point);
    expect(outcomeOnly.halfSaid?.find((h) => h.point === point)?.missing).toBe("what you took from it");
    // The lesson in any of the ways people tell one, negative content and all.
    for (const lesson of ["What I took from it is that a normal test doesn't end the thinking.", "I don't let an earlier label close the question any more.", "I've kept that habit of going back to the differential."]) {
      expect(verdict(`${story} He did well on anticoagulation. ${lesson}`).covered.map((c) => c.point)).toContain(point);
    }
  });

  it("does not take a failed exam put down to things out of the candidate's hands for ownership or an honest cause", () => {
    const owning = earns("residency", "failed-exam-attempt", "Acknowledges the result straight away and takes ownership");
    const cause = earns("residency", "failed-exam-attempt", "An honest cause without excuses (study method, timing, personal circumstances)");
    const honest = "I didn't pass Step 2 CK the first time, and that was on me: I didn't take enough timed practice tests, and I studied by subject.";
    const excused = "I didn't pass Step 2 CK the first time. Honestly a lot of it was out of my hands: the prep course was built for the old exam.";
    expect([owning(honest), cause(honest), owning(excused), cause(excused)]).toEqual([true, true, false, false]);
  });

  it("does not take silence put down to not hearing for mixed feelings", () => {
    const ticked = earns("networking", "no-reaction-to-achievement", "Recognises that silence may mean mixed feelings rather than not hearing");
    expect(ticked("Maybe they didn't hear me, it was pretty loud in there, so I'd let it go.")).toBe(false);
    expect(ticked("Maybe it touches a sore spot in their own work, so I'd let it go.")).toBe(true);
  });

  it("takes 'explain the plan back to me' for teach-back, and 'I wanted to understand why' not", () => {
    const q = builtinDeck("second-interview").questions.find((x) => x.id === "nonadherent-patient")!;
    const point = "Used teach-back or other checks that the patient understood";
    const verdict = (answer: string) => analyseAnswer(answer, q, 90).covered.find((c) => c.point === point);
    expect(verdict("Last year in clinic a man kept missing his tablets. I wanted to understand why, so I asked him about his day.")).toBeUndefined();
    expect(verdict("Last year in clinic a man kept missing his tablets. I simplified the plan and asked him to explain the plan back to me.")?.evidence).toBe("I simplified the plan and asked him to explain the plan back to me.");
  });

  it("does not tick 'one achievement, without stacking credentials' for an answer that stacks them", () => {
    const q = builtinDeck("networking").questions.find((x) => x.id === "what-do-you-do")!;
    const point = "Mentions one achievement briefly, without stacking credentials";
    const ticked = (answer: string) => analyseAnswer(answer, q, 45).covered.some((c) => c.point === point);
    expect(ticked("I'm a hospitalist in Ohio. I led our sepsis protocol, which cut sepsis deaths by a fifth. What about you?")).toBe(true);
    expect(ticked("I'm a hospitalist in Ohio. I led our sepsis protocol, I also have a master's in public health, I'm board certified and I have published six papers.")).toBe(false);
  });

  it("takes 'since then nothing like that has happened' for no change made, and 'since then I always…' for one", () => {
    const changed = earns("patient-coordinator", "own-mistake", "Changed a habit or process to prevent it recurring");
    const story = "A patient was booked on the wrong day because I typed the wrong date.";
    expect(changed(`${story} Since then nothing like that has happened, so I think it's fine now.`)).toBe(false);
    expect(changed(`${story} Since then no patient has been booked on the wrong day.`)).toBe(false);
    expect(changed(`${story} Since then I always read the date back to the patient.`)).toBe(true);
  });

  it("takes feedback that a weakness is 'actually a strength' for no evidence it is getting better", () => {
    const better = earns("residency", "greatest-weakness", "Evidence that it is getting better");
    expect(better("I struggle to delegate on busy days. My attendings have given me feedback that it's actually a strength.")).toBe(false);
    expect(better("I struggle to delegate on busy days. My attendings have given me feedback that I now hand over tasks much earlier.")).toBe(true);
  });

  it("takes 'I double-booked a surgeon' for the error, not how errors were caught, and 'I didn't have a system' for no system", () => {
    const earned = (point: string) => earns("patient-coordinator", "schedule-multiple-departments", point);
    const scene = "At the orthopaedic practice I booked for four surgeons and the physio team out of one shared calendar.";
    const caught = earned("Shows how double bookings and errors were caught");
    expect(caught(`${scene} I double-booked a surgeon twice in my first month.`)).toBe(false);
    expect(caught(`${scene} Every evening I checked the next day's list for overlaps.`)).toBe(true);
    const system = earned("Describes a system - templates, colour coding, checklists, confirmation calls");
    expect(system(`${scene} Honestly I didn't have a system at first, I just winged it.`)).toBe(false);
    expect(system(`${scene} I colour-coded each surgeon's slots.`)).toBe(true);
  });

  it("hears composure in 'I kept my voice down' and 'told the people waiting', and a workflow fixed together in 'took her suggestion'", () => {
    const informed = earns("patient-coordinator", "busiest-day", "Stayed composed and kept patients informed");
    expect(informed("Last flu season two of us were out and the phones never stopped. I kept my voice down and told the people waiting roughly how long it would be.")).toBe(true);
    expect(informed("Last flu season two of us were out and the phones never stopped. I booked as fast as I could.")).toBe(false);
    const example = earns("second-interview", "work-with-staff", "Gave a concrete example, such as a workflow fixed together");
    expect(example("Our MA saw that insulin patients waited forty minutes for a sugar check, so I took her suggestion to check sugars at rooming.")).toBe(true);
    expect(example("I treat the MAs as colleagues and thank them every day.")).toBe(false);
  });

  it("hears a personal follow-up in 'gave him my direct line', and the network's good in 'people remember that'", () => {
    const followed = earns("second-interview", "handle-patient-complaint", "Agreed a concrete fix with the patient and followed up personally");
    const complaint = "A man came to the desk upset that nobody had called him with his biopsy result. I found it had gone to a locum's inbox.";
    expect(followed(`${complaint} I went through it with him that afternoon and gave him my direct line.`)).toBe(true);
    expect(followed(`${complaint} I apologised for the wait.`)).toBe(false);
    const network = earns("networking", "pass-on-a-lead", "Sees that helping peers benefits the wider network, you included");
    expect(network("I'd text Priya that evening and offer to introduce her by email. People remember that kind of thing.")).toBe(true);
    expect(network("I'd text Priya that evening and offer to introduce her by email.")).toBe(false);
  });

  it("takes 'I don't think there is anything I need to explain' for nothing named and no facts given", () => {
    const earned = (point: string) => earns("residency", "anything-to-explain", point);
    const names = earned("Names the issue directly instead of waiting to be caught out");
    const facts = earned("Brief facts with no excuses or blame");
    const none = "No, I don't think there is anything I need to explain. I'd rather tell you about my quality improvement project on sepsis.";
    expect(names(none)).toBe(false);
    expect(facts(none)).toBe(false);
    expect(facts("No, I don't think so.")).toBe(false);
    expect(names("Yes, I want to explain the gap year on my application.")).toBe(true);
    expect(facts("I failed Step 1 because I worked nights through my whole dedicated study period.")).toBe(true);
  });

  it("judges a new user's residency answers by what they say (each case once missed or ticked on the wrong sentence)", () => {
    const rounds = "On my surgery rotation a senior resident kept discharging patients before the physiotherapist had seen them. I waited until the end of the shift and asked him for five minutes in the doctors' room. I told him I was worried about the readmissions. He agreed to try a physio check for a month, and we had no more early readmissions.";
    const conflict = (point: string) => earns("residency", "conflict-with-colleague", point);
    expect(conflict("You raised it privately, directly and calmly")(rounds)).toBe(true);
    expect(conflict("Kept the focus on patient care or the shared goal")(rounds)).toBe(true);
    expect(conflict("How it was resolved and what you would repeat")(rounds)).toBe(false);
    expect(conflict("How it was resolved and what you would repeat")(`${rounds} I would do it the same way again.`)).toBe(true);
    const night = "During a night on call in my internship two patients became unwell at the same time. I made a quick list and called my registrar for the second one.";
    const repeat = earns("residency", "handling-stress", "The outcome and what you would repeat");
    expect(repeat(`${night} Both patients were stable by morning, and I still make that list on every busy night.`)).toBe(true);
    expect(repeat(`${night} Both patients were stable by morning.`)).toBe(false);
    const weakness = (point: string) => earns("residency", "greatest-weakness", point);
    expect(weakness("A real weakness that matters at work but is not disqualifying")("Honestly, I have a hard time delegating.")).toBe(true);
    expect(weakness("Evidence that it is getting better")("I have a hard time delegating. Last month I left on time on most days and nothing was missed.")).toBe(true);
    const team = earns("residency", "teamwork-example", "Situation with a clear team and a goal");
    expect(team("It showed me how good teams work.")).toBe(false);
    expect(team("During a code on my ICU rotation we all had to work fast. It showed me how good teams work.")).toBe(true);
    const feedback = builtinDeck("residency").questions.find((x) => x.id === "feedback-received")!;
    const changed = analyseAnswer("My attending said my presentations were too long. I slept on it and asked her for an example. I started writing a one-line summary on a card before rounds.", feedback, 120).covered.find((c) => c.point === "Concrete changes you made");
    expect(changed?.evidence).toBe("I started writing a one-line summary on a card before rounds.");
  });

  it("hears a question about where the group is heading, and an offer inside it, in a second-interview ask answer", () => {
    const earned = (point: string) => earns("second-interview", "ask-care-priorities", point);
    const noticed = "I noticed Valley Health opened two new cardiology sites this year.";
    const asked = `${noticed} Where do you see heart failure care going over the next three years, and would there be support for a nurse-led clinic?`;
    expect(earned("Asks where the group is putting effort, such as new services, quality goals or value-based contracts")(asked)).toBe(true);
    expect(earned("Connects the answer to where you could contribute")(asked)).toBe(true);
    expect(earned("Asks where the group is putting effort, such as new services, quality goals or value-based contracts")(noticed)).toBe(false);
  });

  it("judges a second new user's answers by what they say (each point once missed)", () => {
    const changed = earns("second-interview", "when-things-went-wrong", "Described what changed afterwards in your practice or the system");
    expect(changed("A patient got a double dose of enoxaparin because I missed the night team's order. Now I always check the active orders first.")).toBe(true);
    const direction = earns("second-interview", "career-direction", "Gave a realistic direction, such as leadership, a special interest or teaching");
    expect(direction("In five years I'd like to be running the group's heart failure clinic and maybe precepting students.")).toBe(true);
    const support = earns("second-interview", "ask-malpractice", "Asks how the group supports a physician named in a claim");
    expect(support("And if someone here gets named in a lawsuit what does the group do to support them")).toBe(true);
    expect(support("I know the group supports anyone named in a lawsuit.")).toBe(false);
    const direct = earns("networking", "ask-opinion-on-work", "Asks a direct, specific question about the work");
    expect(direct("I'd really value your honest take on the discharge lounge project I led last year.")).toBe(true);
    expect(direct("The discharge lounge project I led last year was honest work.")).toBe(false);
    const network = earns("networking", "pass-on-a-lead", "Sees that helping peers benefits the wider network, you included");
    expect(network("I'd text her that same day with the posting. When people help each other out it tends to come back around.")).toBe(true);
    const broughtIn = earns("second-interview", "angry-family-member", "Brought in nursing, social work or palliative care when it helped");
    const son = "On nights a patient's son was yelling at the nurses because nobody had told him his mom was going to the ICU.";
    expect(broughtIn(`${son} We went over the plan with him. The social worker stayed with him afterwards.`)).toBe(false);
    expect(broughtIn(`${son} I called the social worker, who stayed with him afterwards.`)).toBe(true);
    const system = earns("patient-coordinator", "schedule-multiple-departments", "Describes a system - templates, colour coding, checklists, confirmation calls");
    expect(system("At Riverside I booked for six doctors and two nurse practitioners across pediatrics and internal medicine. Every afternoon I printed the next day's schedule and went down it line by line against the referral list, and I rang every patient two days ahead to remind them.")).toBe(true);
  });

  it("judges a third new user's answers by what they say (each point once missed)", () => {
    const farmer = "Back home in my country I am house officer in district hospital, and there is old farmer with diabetic foot. The surgeon decides amputation. I sit with him in evening and explain with drawing on paper what will happen.";
    expect(earns("residency", "memorable-patient", "A short, respectful description with no identifying details")(farmer)).toBe(true);
    expect(earns("residency", "memorable-patient", "Your own role and what you did for the patient")(farmer)).toBe(true);
    const safely = earns("second-interview", "new-technology", "Described how you learned it safely, through training, proctoring or gradual rollout");
    expect(safely("That was the AI scribe I brought in at my last group in 2023. I'd read the pilot data from two health systems, so I asked our IT lead to run a four-week trial on my own clinic first.")).toBe(true);
    const notAgain = earns("networking", "no-reaction-to-achievement", "Does not bring the achievement up again");
    expect(notAgain("I didn't bring the paper up again. I figured the silence might mean mixed feelings.")).toBe(true);
    expect(notAgain("I brought the paper up again the next day.")).toBe(false);
    const coping = earns("residency", "hardest-part-of-specialty", "A plan for coping with it and who you would lean on");
    expect(coping("Telling families their person is dying. I plan to debrief afterwards with whichever senior led the meeting.")).toBe(true);
    expect(coping("Telling families their person is dying. I plan to debrief afterwards.")).toBe(false);
    // An unpunctuated transcript: the denial of "nothing bad happened" stops at "and ever since then I ...".
    const lasting = earns("residency", "mistake-you-made", "A lasting change to how you work");
    expect(lasting("um so on my medicine rotation in third year I wrote down the wrong potassium for a patient and I told my resident and the potassium came down by the afternoon nothing bad happened to him and ever since then I read the labs straight from the results screen so yeah")).toBe(true);
    const holdsBack = earns("networking", "partner-stretched-thin", "Holds back from pitching yourself too early");
    expect(holdsBack("That sounds exhausting. I won't bore you with my own schedule.")).toBe(true);
  });

  it("takes a fix kept quiet, said outright, for no proper correction", () => {
    const proper = earns("patient-coordinator", "records-accuracy-error", "Corrected it through the proper process, not a quiet fix");
    const story = "Last spring at the clinic a man's chart had the wrong date of birth.";
    expect(proper(`${story} I fixed it myself in the registration screen and didn't tell anyone; it seemed too small to bother my supervisor with.`)).toBe(false);
    expect(proper(`${story} I told my supervisor and filled in a correction request through the proper process.`)).toBe(true);
  });

  it("meets a point that asks for a question, in an ask answer, only with one, typed with or without its '?'", () => {
    const challenge = earns("patient-coordinator", "ask-team-challenges", "Asks about a current challenge the role could help with");
    const team = "Who would I be working with most closely day to day?";
    expect(challenge(`${team} I should say I really like a challenge, and I enjoyed fixing the scheduling system at my last job.`)).toBe(false);
    expect(challenge(`${team} And what is the biggest challenge the front desk is facing right now`)).toBe(true);
    expect(challenge(`${team} And what is the biggest challenge the front desk is facing right now?`)).toBe(true);
  });

  it("takes 'after that I started asking every patient to confirm…' for a change that prevents the error", () => {
    const q = builtinDeck("patient-coordinator").questions.find((x) => x.id === "records-accuracy-error")!;
    const answer = "Last spring at the clinic a man's chart had two dates of birth. I told my supervisor and filled in the correction request. After that I started asking every patient to confirm their date of birth at check-in.";
    expect(analyseAnswer(answer, q, 90).covered.find((c) => c.point === "Changed something to prevent it happening again")?.evidence).toBe("After that I started asking every patient to confirm their date of birth at check-in.");
  });

  it("takes 'since then I keep a written list' for steps taken on a weakness", () => {
    const q = builtinDeck("residency").questions.find((x) => x.id === "greatest-weakness")!;
    const answer = "My weakness is that I find it hard to say no when colleagues ask for help. Since then I keep a written list of my own tasks and check it before I offer help.";
    expect(analyseAnswer(answer, q, 90).covered.map((c) => c.point)).toContain("Specific steps you have taken to work on it");
  });

  it("reads a verb that goes on from a habit ('I always stay calm and let them vent') as the habit, in a story question", () => {
    const point = { text: "Stayed calm, listened fully and acknowledged the frustration", keywords: ["vent"] };
    const answer = "I always stay calm and let them vent first. Last spring a man called about a bill and I pulled up his account.";
    expect(analyseAnswer(answer, question({ format: "star", points: [point] }), 90).covered).toEqual([]);
    expect(analyseAnswer("Last spring a man called about a bill. I stayed calm and let him vent first.", question({ format: "star", points: [point] }), 90).covered.map((c) => c.point)).toEqual([point.text]);
  });

  it("counts a habit for a question about how you work, not for a story question", () => {
    const q = builtinDeck("patient-coordinator").questions.find((x) => x.id === "first-face-patients-see")!;
    const point = "Describes warmth and clear, patient-friendly language";
    expect(analyseAnswer("Patients are often scared, so I always smile at them.", q, 90).covered.map((c) => c.point)).toContain(point);
    expect(analyseAnswer("Patients are often scared, so I always smile at them.", { ...q, format: "star" }, 90).covered.map((c) => c.point)).not.toContain(point);
  });

  it.each<[string, string, string, string, string[], string]>([
    [
      "caring too much for the specialty's hardest part: a strength in disguise",
      "residency",
      "hardest-part-of-specialty",
      "Names a genuine challenge of the field, not a disguised strength",
      ["The hardest thing for me will be that I care so much about every patient that I'll want to stay past my shift."],
      "The hardest thing for me will be giving bad news, which I found heavy on my oncology rotation.",
    ],
    [
      "a set phrase ('on the same page', 'on call') for paging or calling a colleague",
      "second-interview",
      "communicate-with-physicians",
      "Named specific habits, such as structured handoffs, direct calls for urgent issues and concise consult questions",
      ["I'm a very clear communicator and I make sure everyone is on the same page.", "When I was on call last week I wrote clear notes for the day team."],
      "For anything urgent I page the cardiologist rather than leave a message.",
    ],
    [
      "an excuse for the honest cause of a failed exam",
      "residency",
      "failed-exam-attempt",
      "An honest cause without excuses (study method, timing, personal circumstances)",
      ["I failed Step 1 the first time. I studied the same way everyone else did."],
      "I failed Step 1 the first time. I relied on reading and never did timed practice.",
    ],
    [
      "'claims-made' for support in a claim",
      "second-interview",
      "ask-malpractice",
      "Asks how the group supports a physician named in a claim",
      ["Is the malpractice policy claims-made or occurrence, and who pays for tail coverage if I leave?"],
      "If I were named in a claim, how would the group and risk management help me?",
    ],
  ])("does not take %s", (_name, deck, id, point, notCovered, isCovered) => {
    const q = builtinDeck(deck).questions.find((x) => x.id === id)!;
    const points = (answer: string) => analyseAnswer(answer, q, 90).covered.map((c) => c.point);
    for (const answer of notCovered) expect(points(answer)).not.toContain(point);
    expect(points(isCovered)).toContain(point);
  });

  it("in a story question answered without a story, what could happen is no outcome", () => {
    const point = "Says what happened next, including any benefit to you";
    expect(covered("I haven't had a moment like that yet. But if a student needed a letter, I'd write it; it could change their year.", ["year"], point, "star")).toBeUndefined();
    expect(covered("Last spring I wrote a reference for a student on my team. It changed her year: she got the post.", ["year"], point, "star")?.matched[0]).toBe("year");
  });

  it("quotes a clause of a long run-on sentence as written, commas, hyphens and apostrophes kept", () => {
    const answer = "so on my sub-I we had a man with new AF who'd had a fall and my senior wanted to start a DOAC straight away and I wasn't so sure, so we went through his CHA2DS2-VASc and HAS-BLED scores together, and then we called his daughter and we agreed on a review in four weeks";
    const evidence = covered(answer, ["scores"], "Used evidence, guidelines or a second opinion to settle it")?.evidence ?? "";
    expect(evidence).toMatch(/^….*HAS-BLED scores together,.*…$/);
    expect(answer).toContain(evidence.slice(1, -1));
  });

  it("does not count a cue in the words that only name the topic ('About the letter, ...')", () => {
    const point = "Who supervised you and can vouch for you, ideally in a letter";
    expect(covered("About the letter, honestly I did not ask anyone, so I have no US letter.", ["letter"], point)).toBeUndefined();
    expect(covered("About letters, I have a letter from my attending in Texas.", ["letter"], point)?.evidence).toBe("About letters, I have a letter from my attending in Texas.");
  });

  it("reads an example of a wish ('..., like properly blocked time') as wished too", () => {
    const point = "Showed a routine, not occasional reading";
    expect(covered("I keep meaning to set aside Friday mornings for journals, like properly blocked time, but it never happens.", ["blocked"], point)).toBeUndefined();
    expect(covered("I set aside Friday mornings for journals, like properly blocked time.", ["blocked"], point)?.matched[0]).toBe("blocked");
  });

  it("does not count someone else's deed for a point about yours", () => {
    expect(covered("The nurse raised it with the surgeon.", ["raise"], "Raised it with the team")).toBeUndefined();
    expect(covered("I raised it with the surgeon.", ["raise"], "Raised it with the team")?.evidence).toBe("I raised it with the surgeon.");
  });

  it("does not count what a third party acted on, or the third party acting, for a point about your deeds", () => {
    expect(covered("The ward clerk sent the complaint form to the office.", ["complaint form"], "Logged the complaint formally")).toBeUndefined();
    expect(covered("The chaplain sat with the family all evening.", ["chaplain"], "Brought in the chaplain or a counsellor")).toBeUndefined();
    expect(covered("I phoned the chaplain, who sat with the family.", ["chaplain"], "Brought in the chaplain or a counsellor")?.evidence).toBe("I phoned the chaplain, who sat with the family.");
    // The doer named before the clause: opening the sentence, cut off by an apposition's commas,
    // or in the clause before ("...came in and").
    expect(covered("The daughter of my patient, an elderly man, came in shouting at the nurses.", ["nurse"], "Brought in nursing or social work")).toBeUndefined();
    expect(covered("The charge nurse came over and called the chaplain.", ["chaplain"], "Brought in the chaplain or a counsellor")).toBeUndefined();
    expect(covered("The next morning, called the chaplain.", ["chaplain"], "Brought in the chaplain or a counsellor")?.matched[0]).toBe("chaplain");
    expect(covered("My colleague and I, both new, called the chaplain.", ["chaplain"], "Brought in the chaplain or a counsellor")?.matched[0]).toBe("chaplain");
    // A state or a thing that changed is no one's deed: it still counts ("that was on me").
    expect(covered("That was on me.", ["was on me"], "Owned the error")?.matched[0]).toBe("was on me");
    expect(covered("The rota was the real problem.", ["rota"], "Found what caused the delays")?.matched[0]).toBe("rota");
    // Someone in a state doing something is still someone else's deed; a duty told as a state is the speaker's.
    expect(covered("Her husband was in the hallway shouting at the charge nurse.", ["nurse"], "Brought in nursing or social work")).toBeUndefined();
    expect(covered("The charge nurse was already calling social work.", ["social work"], "Brought in nursing or social work")).toBeUndefined();
    expect(covered("My job was calling social work.", ["social work"], "Brought in nursing or social work")?.matched[0]).toBe("social work");
    // Whom the speaker spoke of is the speaker's telling; someone else's deed reported is still theirs.
    expect(covered("I caught her after rounds and said that the baby had only taken half her feeds.", ["baby"], "Kept the focus on the patient")?.matched[0]).toBe("baby");
    expect(covered("I told the family, quietly, that the nurse had already called the chaplain.", ["chaplain"], "Brought in the chaplain or a counsellor")).toBeUndefined();
    // "looked through" is a deed, not a state ("looked tired").
    expect(covered("The registrar looked through the complaint form.", ["complaint form"], "Logged the complaint formally")).toBeUndefined();
    // "had" that makes a perfect or a duty ("had used", "had to go back") is no state either.
    expect(covered("A night nurse had used the word stroke on the phone.", ["nurse"], "Brought in nursing or social work")).toBeUndefined();
    expect(covered("My resident had to go back and tell the supervisor.", ["supervisor"], "Told the supervisor at once")).toBeUndefined();
    expect(covered("I had called the supervisor before the end of the shift.", ["supervisor"], "Told the supervisor at once")?.matched[0]).toBe("supervisor");
    // ...also when the tagger reads the participle as an adjective ("had involved").
    expect(covered("The charge nurse had involved social work that morning.", ["social work"], "Brought in nursing or social work")).toBeUndefined();
    expect(covered("I had involved social work that morning.", ["social work"], "Brought in nursing or social work")?.matched[0]).toBe("social work");
  });

  it("reads what was found out ('it turned out a nurse had...') as its own clause, with its own doer", () => {
    const point = "Brought in nursing or social work";
    expect(covered("It turned out a night nurse had used the word stroke on the phone.", ["nurse"], point)).toBeUndefined();
    expect(covered("I realised the charge nurse had already phoned the family.", ["nurse"], point)).toBeUndefined();
    expect(covered("It turned out that a night nurse had called.", ["nurse"], point)).toBeUndefined();
    expect(covered("I found out the family wanted a nurse there, so I paged the charge nurse.", ["charge nurse"], point)?.matched[0]).toBe("charge nurse");
    // What was said stays with the saying, so a cue that spans it ("said my") still matches.
    expect(covered("My attending said my presentations were too long.", ["said my"], "The feedback, stated plainly")?.matched[0]).toBe("said my");
  });

  it("reads 'running on coffee' as getting by, not going for a run", () => {
    const point = "Healthy ways you managed your own stress";
    expect(covered("That week I skipped dinner and was running on coffee.", ["run"], point)).toBeUndefined();
    expect(covered("That week I ran on fumes and adrenaline.", ["run"], point)).toBeUndefined();
    expect(covered("That week I kept running three times a week.", ["run"], point)?.matched[0]).toBe("running");
  });

  it("matches a comparative cue as written: 'fewer' is a change, 'a few months' is not", () => {
    const point = "Ends with a measurable result";
    expect(covered("After a few months things ran a lot smoother.", ["fewer"], point)).toBeUndefined();
    expect(covered("After two months we had fewer double bookings.", ["fewer"], point)?.matched[0]).toBe("fewer");
    expect(covered("The waits were shorter by a week.", ["shorter"], point)?.matched[0]).toBe("shorter");
    expect(covered("It was a short wait.", ["shorter"], point)).toBeUndefined();
  });

  it("does not count what is reported after a negated promise, 'sure' or 'think' ('I can't promise we'll stay')", () => {
    const point = "Showed commitment to staying and building with the group";
    expect(covered("I can't promise we'll stay in the area long term.", ["stay"], point)).toBeUndefined();
    expect(covered("I'm not sure that we'll stay in the area.", ["stay"], point)).toBeUndefined();
    expect(covered("I don't think we would stay here past the first contract.", ["stay"], point)).toBeUndefined();
    // Said without the negation, the same clause is a commitment; and what a negated verb of
    // knowing reports is still true ("I didn't realise she had called" means she had).
    expect(covered("I can promise we'll stay in the area long term.", ["stay"], point)?.matched[0]).toBe("stay");
    expect(covered("I didn't realise the charge nurse had called the family.", ["called"], "Someone called the family")?.matched[0]).toBe("called");
  });

  it("does not count a value stated ('the key is empathy') in a story, or for a point about your deeds", () => {
    const story = "On my surgery rotation a father was angry that his son's operation had been delayed twice.";
    const point = "What you said and how you listened";
    expect(covered(`${story} I think the key is empathy.`, ["empathy"], point, "star")).toBeUndefined();
    expect(covered(`${story} I showed him empathy and explained the delay.`, ["empathy"], point, "star")?.matched[0]).toBe("empathy");
    expect(covered("I think privacy is vital in these situations.", ["privacy"], "Respected privacy rules")).toBeUndefined();
    expect(covered("I kept his privacy and spoke to him alone.", ["privacy"], "Respected privacy rules")?.matched[0]).toBe("privacy");
    // Outside a story, what matters to you can be the point itself.
    expect(covered("Continuity of care is what matters most to me.", ["continuity"], "What draws you to the specialty")?.matched[0]).toBe("Continuity");
  });

  it("reads 'changed what you do' as a habit someone else may shape, 'how you handled it' as your deed", () => {
    expect(covered("Last month a trial on early mobilisation changed how I write orders.", ["changed"], "Gave an example of something recent that changed what you do")?.matched[0]).toBe("changed");
    expect(covered("The charge nurse handled the complaint.", ["handle"], "Described how you handled it")).toBeUndefined();
    expect(covered("The charge nurse handled the complaint.", ["handle"], "Showed what you have done about it")).toBeUndefined();
  });

  it("matches a cue 'i' + past verb on the clause's subject, in a past deed only", () => {
    expect(covered("I went back to the bedside, checked the drip and phoned the pharmacist.", ["i phoned"], "Called for help")?.matched[0]).toBe("phoned");
    expect(covered("The nurse phoned the pharmacist.", ["i phoned"], "Called for help")).toBeUndefined();
    expect(covered("Next time I'll phone the pharmacist.", ["i phoned"], "Called for help")).toBeUndefined();
  });

  it("covers 'Steps you took' in a story by the speaker's own steps, in any verbs", () => {
    const q = question({ format: "star", text: "Tell me about a time your list of tasks grew faster than you could work through it.", points: [{ text: "Practical steps you took to stay on top of it", keywords: ["prioritize"] }] });
    expect(analyseAnswer("During my surgical block the list doubled. I wrote every task on a whiteboard and swapped two clinics.", q, 90).covered[0]?.evidence).toBe("I wrote every task on a whiteboard and swapped two clinics.");
    expect(analyseAnswer("During my surgical block the list doubled. We split the tasks and we swapped two clinics.", q, 90).covered).toEqual([]);
  });

  it("covers the lesson of a story however it is told ('what I took away', 'looking back')", () => {
    const q = question({ format: "star", text: "Tell me about a time something went missing on your block.", points: [{ text: "What the experience taught you", keywords: ["learn"] }] });
    const story = "On my cardiology block a discharge letter went missing. I rebuilt it from the notes.";
    expect(analyseAnswer(`${story} What I took away is that handovers need a name on them.`, q, 90).covered[0]?.evidence).toBe("What I took away is that handovers need a name on them.");
    expect(analyseAnswer(`${story} Looking back, I should have asked sooner.`, q, 90).covered[0]?.point).toBe("What the experience taught you");
    expect(analyseAnswer(`${story} The ward was quiet after that.`, q, 90).covered).toEqual([]);
    expect(analyseAnswer(`${story} The registrar showed me the old chart.`, q, 90).covered).toEqual([]);
  });

  it("does not count the lesson drawn from a story for a point about the steps you took", () => {
    const q = question({ points: [{ text: "Practical steps you took to prioritise", keywords: ["list"] }] });
    expect(analyseAnswer("I learned that a written list keeps me calm.", q, 90).missed).toEqual(["Practical steps you took to prioritise"]);
    expect(analyseAnswer("So I learned that a written list keeps me calm.", q, 90).missed).toEqual(["Practical steps you took to prioritise"]);
    expect(analyseAnswer("I made a written list of every task.", q, 90).covered[0]?.evidence).toBe("I made a written list of every task.");
  });

  it("does not count an event with no doer ('there was an audit') for a point about your deeds", () => {
    expect(covered("After the fall there was an audit of the ward.", ["audit"], "Reported it through the audit process")).toBeUndefined();
    expect(covered("After the fall I asked for an audit of the ward.", ["audit"], "Reported it through the audit process")?.matched[0]).toBe("audit");
  });

  it("does not tick 'no identifying details' when the answer names or dates the patient", () => {
    const point = "A brief portrait with no identifying details";
    expect(covered("A retired teacher came in with a stroke.", ["came in"], point)?.matched[0]).toBe("came in");
    expect(covered("Mr. Halvorsen, a retired teacher, came in with a stroke.", ["came in"], point)).toBeUndefined();
  });

  it("reads 'Described what ...' as what the answer tells, not a deed of yours", () => {
    expect(covered("The night team changed the handover sheet.", ["handover sheet"], "Described what changed afterwards")?.matched[0]).toBe("handover sheet");
  });

  it("gives no credit in a story question for what you would do, but does when the question asks for a plan", () => {
    const q = (text: string) => question({ text, format: "star", points: [{ text: "Apologised to the patient", keywords: ["apologize"] }] });
    const answer = "If a letter went astray, I would apologise to the patient and fix the address.";
    expect(analyseAnswer(answer, q("Tell us about a time a letter went to the wrong patient."), 90).covered).toEqual([]);
    expect(analyseAnswer(answer, q("A letter goes to the wrong patient. Walk us through how you handle it."), 90).covered[0]?.point).toBe("Apologised to the patient");
    // A promise reported in a past story is no hypothetical.
    expect(analyseAnswer("Last May a letter went to the wrong house. I told her that I would apologise to the patient myself.", q("Tell us about a time a letter went astray."), 90).covered[0]?.point).toBe("Apologised to the patient");
  });

  it("keeps a verb that continues a 'would' clause hypothetical ('I'd ring them and set a date')", async () => {
    expect((await starOf("Last winter our clinic flooded. Honestly I would always ring the patients and set a new date.")).action).toBeUndefined();
  });

  it("gives no credit for generic claims in a behavioural answer without a story", () => {
    expect(covered("I always respect autonomy and I document everything.", ["document"], "Documented it", "star")).toBeUndefined();
  });

  it("splits points into covered and missed, in the question's order, with the sentence that earned each", () => {
    const q = question({
      points: [
        { text: "A moment", keywords: ["moment"] },
        { text: "The hard parts", keywords: ["challenge", "difficult"] },
        { text: "Evidence", keywords: ["elective"] },
      ],
    });
    const feedback = analyseAnswer("One moment stayed with me. Then I did an elective.", q, 90);
    expect(feedback.covered).toEqual([
      { point: "A moment", matched: ["moment"], evidence: "One moment stayed with me." },
      { point: "Evidence", matched: ["elective"], evidence: "Then I did an elective." },
    ]);
    expect(feedback.missed).toEqual(["The hard parts"]);
  });

  it("covers a result point by the STAR Result, with a number only where the point asks for one", () => {
    const answer = "One night on call our ward lost track of discharges. I set up a whiteboard. The discharges got faster after that.";
    const point = (text: string) => analyseAnswer(answer, question({ format: "star", text: "Tell me about a time you improved how your ward worked.", points: [{ text, keywords: ["percent"] }] }), 120).covered[0]?.evidence;
    expect(point("A measurable or visible result")).toBe("The discharges got faster after that.");
    expect(point("A measurable result")).toBeUndefined();
  });

  it("gives an off-topic story no point by its STAR parts alone", () => {
    const q = question({ format: "star", text: "Describe a difficult conversation with a patient or family.", points: [{ text: "The context and why the conversation was hard", keywords: ["angry", "bad news"] }] });
    const offTopic = "My favourite rotation was dermatology. I did research on psoriasis biologics, which was published last year.";
    expect(analyseAnswer(offTopic, q, 120).covered).toEqual([]);
    // On topic (it shares the question's words) but in none of the point's cues: the Situation stands for it.
    const onTopic = "On my medicine rotation I had to tell a family that their father would not go home. I sat down with them in a quiet room.";
    expect(analyseAnswer(onTopic, q, 120).covered.map((c) => c.point)).toEqual(["The context and why the conversation was hard"]);
  });

  it("judges a point without keywords by two of its own words", () => {
    const q = question({ points: [{ text: "Concrete experiences with patients", keywords: [] }] });
    expect(analyseAnswer("Experience with patients taught me.", q, 90).covered[0]?.point).toBe("Concrete experiences with patients");
    expect(analyseAnswer("Patients matter.", q, 90).missed).toEqual(["Concrete experiences with patients"]);
  });
});

// Answers new users typed, and the verdict on one point of a built-in deck's question (its id,
// after "deck/" when the deck is not residency): the sentence that earns it, or null when the
// point must stay missed.
describe("the built-in decks", () => {
  const ARC = "A short arc from where you started to why you are applying to this specialty now";
  const PRIVATELY = "You raised it privately, directly and calmly";
  const COPING = "Healthy ways you managed your own stress";
  const CARRIED = "Highlights responsibilities you carried, such as patients followed or procedures done";
  const TOLD = "Immediate action, including telling your supervisor";
  it.each<[string, string, string, string, string | null]>([
    ["where you grew up is not the arc", "tell-me-about-yourself", ARC, "I grew up in Ohio and studied biology. I like running and cooking.", null],
    ["the link to the specialty is", "tell-me-about-yourself", ARC, "I grew up in Ohio, two hours from a doctor, and that's why I'm applying in family medicine.", "I grew up in Ohio, two hours from a doctor, and that's why I'm applying in family medicine."],
    ["'just the two of us' is raising it privately", "conflict-with-colleague", PRIVATELY, "On my sub-internship a co-intern kept leaving her summaries for me. I asked her for a coffee after rounds and told her, just the two of us, how it was affecting my patients.", "I asked her for a coffee after rounds and told her, just the two of us, how it was affecting my patients."],
    ["calling a team for work is not coping", "handling-stress", COPING, "During my surgery rotation three patients needed me at once. We triaged them and we called the rapid response team.", null],
    ["a weekly routine is a habit, not a way you coped that time", "handling-stress", COPING, "My finals in 2023 were four exams in one week. To unwind I swim twice a week and I see friends on Fridays.", null],
    ["ringing someone close is", "handling-stress", COPING, "The most stressful stretch was my final year, when my dad was in hospital. I rang my sister every evening so she could tell me if I was coping.", "The most stressful stretch was my final year, when my dad was in hospital."],
    ["'there was less responsibility' is none you carried", "img-training-abroad", CARRIED, "Medical school in Egypt is six years, then a one-year internship. Compared with the US there was less hands-on responsibility for students.", null],
    ["the ones you name are", "img-training-abroad", CARRIED, "Medical school in Egypt is six years, then a one-year internship, where I was responsible for twenty patients on nights.", "Medical school in Egypt is six years, then a one-year internship, where I was responsible for twenty patients on nights."],
    ["nor is the report filed by the one she told ('who filed')", "mistake-you-made", TOLD, "On my surgical rotation I prescribed a double dose of enoxaparin because I misread the weight. The nurse noticed it and she told the registrar, who filed an incident report. The patient was fine.", null],
    ["'I would again ask' is what you would repeat", "handling-stress", "The outcome and what you would repeat", "On a night shift I had four sick patients at once. I prioritised the sickest and called my senior for help. All four patients survived, and I would again ask for help early.", "All four patients survived, and I would again ask for help early."],
    ["your senior's telling is not your action", "mistake-you-made", TOLD, "On my paediatrics rotation I calculated a dose with the child's old weight. The nurse caught it before it was given. My senior told the attending and the attending filed an incident report.", null],
    ["telling your senior yourself is", "mistake-you-made", TOLD, "On my paediatrics rotation I calculated a dose with the child's old weight. I held the dose and told my senior straight away.", "I held the dose and told my senior straight away."],
    ["'since then I keep' is a lasting change", "mistake-you-made", "A lasting change to how you work", "I missed a low potassium. He came to no harm, and since then I keep a written list.", "He came to no harm, and since then I keep a written list."],
    ["'after this, I always check', once the story is told, is a lasting change", "mistake-you-made", "A lasting change to how you work", "On my paediatrics rotation I wrote a dose with an old weight. The nurse caught it. After this, I always check the day's weight before I write a dose.", "After this, I always check the day's weight before I write a dose."],
    ["'that same afternoon' is acting quickly", "patient-coordinator/own-mistake", "Acted quickly to fix it and told the right people", "I booked him with the wrong doctor. I found him an opening with the right one that same afternoon and told my supervisor.", "I found him an opening with the right one that same afternoon and told my supervisor."],
    ["a list kept of who was reached notes the changes", "patient-coordinator/provider-out-sick", "Keeps clinical staff and the manager informed and notes every change", "I'd tell the office manager, and I'd keep a little list of who I reached.", "I'd tell the office manager, and I'd keep a little list of who I reached."],
    ["calling a specialty is consulting", "second-interview/difficult-case", "Sought help or consultation where it was right to", "Last winter a man's breathlessness did not fit. I ordered a CT chest and called pulmonology, who found a clot.", "I ordered a CT chest and called pulmonology, who found a clot."],
    ["patients per shift is patient volume", "second-interview/ask-physician-expectations", "Asks about concrete expectations such as patient volume, call, hours and productivity measures", "How many patients per shift would I see?", "How many patients per shift would I see?"],
    ["a typical week is not what success looks like", "second-interview/ask-physician-expectations", "Asks what success looks like at the end of the first year", "What does a typical week look like here?", null],
    ["talking away from the nurses' station is raising it privately", "second-interview/disagree-with-colleague", "Raised it privately and directly, focused on the patient rather than on who was right", "A colleague wanted to restart anticoagulation early. I asked him for ten minutes away from the nurses' station.", "I asked him for ten minutes away from the nurses' station."],
    ["a bleeding risk score is evidence", "second-interview/disagree-with-colleague", "Used evidence, guidelines or a second opinion to settle it", "A colleague wanted to restart anticoagulation early. We went through the bleeding risk score together.", "We went through the bleeding risk score together."],
    ["a slip told with 'mis-' is an error you own", "mistake-you-made", "A real error that you own, without shifting blame", "On my paediatrics placement last spring, I mis-transcribed a paracetamol dose, writing it in millilitres rather than milligrams.", "On my paediatrics placement last spring, I mis-transcribed a paracetamol dose, writing it in millilitres rather than milligrams."],
    ["the nurse misreading it is not", "mistake-you-made", "A real error that you own, without shifting blame", "On my paediatrics placement the nurse misread a paracetamol dose.", null],
    ["the sentence saying most of the point is quoted", "why-this-program", "Something you learned from talking to residents or at the pre-interview session", "Your website says residents rotate through the county clinic. At your pre-interview social, two of your PGY-2s told me about the weekly teaching.", "At your pre-interview social, two of your PGY-2s told me about the weekly teaching."],
    ["'now my notes are done by 5 pm' is getting better", "greatest-weakness", "Evidence that it is getting better", "I spend too long on my notes. Last year I started a timer for each note, and now my notes are done by 5 pm most days.", "Last year I started a timer for each note, and now my notes are done by 5 pm most days."],
    ["'an elderly man' is a description without identifiers", "memorable-patient", "A short, respectful description with no identifying details", "On my medicine rotation I looked after an elderly man with advanced COPD.", "On my medicine rotation I looked after an elderly man with advanced COPD."],
    ["'I'll be with you in a minute' acknowledges the wait", "patient-coordinator/prioritise-under-pressure", "Acknowledges everyone waiting so nobody feels ignored", "The referral comes first, so I would smile at the patient at the desk and say I'll be with them in one minute.", "The referral comes first, so I would smile at the patient at the desk and say I'll be with them in one minute."],
    ["calling everyone back from voicemail keeps track", "patient-coordinator/prioritise-under-pressure", "Keeps track so nothing is forgotten once the rush passes", "I let the phones go to voicemail for that minute, and then I call everyone back in order.", "I let the phones go to voicemail for that minute, and then I call everyone back in order."],
    ["the manager apologising is not your acknowledging", "second-interview/handle-patient-complaint", "Let the patient finish and acknowledged the frustration before explaining anything", "A patient complained about a late result. The practice manager apologised to him.", null],
    ["the patient's wish, acted on, is respecting it", "second-interview/angry-family-member", "Respected privacy rules and the patient's wishes about what could be shared", "Last winter on my ward, a patient's son was shouting at the nurses. She had asked me not to discuss her diagnosis with him, so I stuck to the plan for her blood pressure.", "She had asked me not to discuss her diagnosis with him, so I stuck to the plan for her blood pressure."],
    ["the patient's permission with nothing done after it is not", "second-interview/angry-family-member", "Respected privacy rules and the patient's wishes about what could be shared", "Last winter on my ward, a patient's son was shouting at the nurses. She had signed a form allowing us to talk to him.", null],
    ["being asked to look into it is not looking into it", "second-interview/handle-patient-complaint", "Looked into what actually happened instead of defending by reflex", "Last month a patient complained about a late result. The manager asked me to look into it, and I went home.", null],
    ["the nurse looking into it is not your looking into it", "second-interview/handle-patient-complaint", "Looked into what actually happened instead of defending by reflex", "A patient complained about a late result. The nurse looked into it.", null],
    ["looking into it yourself is", "second-interview/handle-patient-complaint", "Looked into what actually happened instead of defending by reflex", "A patient complained about a late result. I looked into it the same day.", "I looked into it the same day."],
    ["a sentence framed 'in general' is a habit throughout, no step of a story", "handling-stress", "Practical steps you took to prioritise and keep quality up", "During my finals last year my father was in hospital, and I passed. In general when things pile up I triage: I write everything down and I sort it by what is urgent for patients.", null],
    ["a senior named in the story is no one you would lean on", "hardest-part-of-specialty", "A plan for coping with it and who you would lean on", "The hardest part will be bad news. On my sub-internship I watched my senior resident tell a family their father's cancer had spread. To cope, I go for a run after a hard day.", null],
    ["naming HIPAA alone is half of it", "patient-coordinator/hipaa-caller-asks-results", "Names HIPAA and the facility's own privacy policy", "I can't give results over the phone. That's HIPAA.", null],
    ["HIPAA and the clinic's own policy are all of it", "patient-coordinator/hipaa-caller-asks-results", "Names HIPAA and the facility's own privacy policy", "Under HIPAA and the clinic's own policy, I can't give results over the phone.", "Under HIPAA and the clinic's own policy, I can't give results over the phone."],
    ["reading a report is not reporting it", "second-interview/when-things-went-wrong", "Reported it through the proper channel", "Last year I missed a scan result. I read the report and did nothing with it.", null],
    ["'I reported it' is", "second-interview/when-things-went-wrong", "Reported it through the proper channel", "Last year I missed a scan result. I reported it the same day.", "I reported it the same day."],
    ["'I now read it back' is a lasting change", "mistake-you-made", "A lasting change to how you work", "On my surgery rotation I wrote a dose for the wrong weight. I now read every weight back to the nurse before I prescribe.", "I now read every weight back to the nurse before I prescribe."],
    ["'my notes are now done' is getting better", "greatest-weakness", "Evidence that it is getting better", "I spend too long on my notes. I started writing them between patients, and my notes are now done before sign-out.", "I started writing them between patients, and my notes are now done before sign-out."],
    // Points of two requirements with the second one's cues (`also`): half of one earns nothing.
    ["telling the charge nurse is half of informing and noting", "patient-coordinator/provider-out-sick", "Keeps clinical staff and the manager informed and notes every change", "I'd tell the charge nurse right away.", null],
    ["telling the manager and logging each change is all of it", "patient-coordinator/provider-out-sick", "Keeps clinical staff and the manager informed and notes every change", "I'd tell the office manager and log each change in the schedule.", "I'd tell the office manager and log each change in the schedule."],
    ["a coping plan with no one to lean on is half of one", "hardest-part-of-specialty", "A plan for coping with it and who you would lean on", "The hardest part is losing patients. I protect my sleep and I go for a run after bad shifts.", null],
    ["with a co-resident to talk to, it is all of it", "hardest-part-of-specialty", "A plan for coping with it and who you would lean on", "The hardest part is losing patients. I go for a run after bad shifts and I talk to my co-residents.", "I go for a run after bad shifts and I talk to my co-residents."],
    ["confirming who the caller is before giving results", "patient-coordinator/hipaa-caller-asks-results", "Does not release anything until identity and authorisation are confirmed", "I would not give out any results on the phone until I had confirmed who she is and that she is authorised.", "I would not give out any results on the phone until I had confirmed who she is and that she is authorised."],
    ["the patient's go-ahead to share is respecting their wishes", "second-interview/angry-family-member", "Respected privacy rules and the patient's wishes about what could be shared", "A son shouted at the nurses about his father's scan. His father had capacity and was happy for me to tell him everything, so I went through the results with him.", "His father had capacity and was happy for me to tell him everything, so I went through the results with him."],
    // In a story told only as "we", "we all" says the speaker took part; a plain "we" does not.
    ["'we all did a course' is the speaker's training too", "second-interview/new-technology", "Described how you learned it safely, through training, proctoring or gradual rollout", "Last year our clinic brought in bedside ultrasound. We all did a two-day course and we scanned in pairs for a month. Waits for scans fell by half.", "We all did a two-day course and we scanned in pairs for a month."],
    ["'we did a course' alone is not shown to be the speaker's", "second-interview/new-technology", "Described how you learned it safely, through training, proctoring or gradual rollout", "Last year our clinic brought in bedside ultrasound. We did a two-day course and we scanned in pairs for a month. Waits for scans fell by half.", null],
    ["wanting to find out is not finding out", "networking/learned-by-listening", "Names what you learned that direct questions would not have revealed", "At a conference dinner I sat next to a practice manager. I wanted to find out whether they were hiring, so I asked about their rota.", null],
    ["what you would never have thought to ask is", "networking/learned-by-listening", "Names what you learned that direct questions would not have revealed", "At a conference dinner I sat next to a practice manager and let her talk. Their night doctor was leaving in May, which I'd never have thought to ask about.", "Their night doctor was leaving in May, which I'd never have thought to ask about."],
    ["the door left open is the second half of documenting", "second-interview/patient-wishes-vs-advice", "Documented the discussion and kept the door open", "A man with a new clot refused anticoagulation. I wrote the conversation up in his notes and told him the door was open if he changed his mind.", "I wrote the conversation up in his notes and told him the door was open if he changed his mind."],
    ["asking her if you could step into a room is raising it privately", "conflict-with-colleague", PRIVATELY, "On my medicine rotation a co-intern kept signing out late. I asked her if we could step into the workroom after rounds, and told her what it did to my mornings.", "I asked her if we could step into the workroom after rounds, and told her what it did to my mornings."],
    ["a child's welfare is the focus on care", "conflict-with-colleague", "Kept the focus on patient care or the shared goal", "On my paediatrics rotation a nurse and I disagreed about a 2am blood draw. I told her my worry was that the child's potassium could be rising.", "I told her my worry was that the child's potassium could be rising."],
    ["a clause dated in the past is past whatever its verb's tense", "gap-in-training", "What you did during the gap to stay engaged or grow", "After graduation in 2019 I work as general practitioner in a rural clinic for two years, then I came to the US for observerships.", "After graduation in 2019 I work as general practitioner in a rural clinic for two years, then I came to the US for observerships."],
    ["so is an internship named without 'my'", "img-training-abroad", CARRIED, "In internship I manage around fifteen patients per day on medicine ward, I did lumbar punctures, central lines under supervision, and more than thirty normal deliveries.", "In internship I manage around fifteen patients per day on medicine ward, I did lumbar punctures, central lines under supervision, and more than thirty normal deliveries."],
    ["in a story told in the present, the step is quoted, not what the speaker still does today", "conflict-with-colleague", PRIVATELY, "On surgery rotation the senior resident want to discharge a patient with fever, and I did not agree. After rounds I ask him to talk alone for two minutes. He agree to repeat the blood culture. Now we are good friends, and I still do the same: speak privately, bring the data.", "After rounds I ask him to talk alone for two minutes."],
    ["'I did not agree' is a disagreement", "conflict-with-colleague", "A real disagreement, described fairly without blaming anyone", "On my surgery rotation the senior resident wanted to discharge a patient with a fever, and I did not agree.", "On my surgery rotation the senior resident wanted to discharge a patient with a fever, and I did not agree."],
    ["'not use jargon' is plain language", "networking/talk-with-non-physician", "Uses plain language instead of clinical shorthand", "I'd try to not use, like, medical jargon, and just take it slow.", "I'd try to not use, like, medical jargon, and just take it slow."],
    ["a patient who 'came with' a complaint is the moment", "why-this-specialty", "A concrete moment or patient that drew you to the field", "In my country I am working in district hospital, and one old farmer come with breathlessness.", "In my country I am working in district hospital, and one old farmer come with breathlessness."],
    ["'I learn that', told in the present, is what you learned", "teamwork-example", "A concrete result and what you learned", "In internship year we have a bus accident. We divide the patients and we call surgery team. At the end all patients are stabilised and nobody died. I learn that team is more important than one doctor.", "At the end all patients are stabilised and nobody died."],
    ["pulling the message log is looking into it", "second-interview/handle-patient-complaint", "Looked into what actually happened instead of defending by reflex", "Last spring a patient complained that nobody called her with her result. I pulled the message log and found it had gone to a locum's inbox.", "I pulled the message log and found it had gone to a locum's inbox."],
    ["moving to a once-daily dose adjusts the plan", "second-interview/nonadherent-patient", "Adjusted the plan to fit their life, cost or beliefs where it was safe to do so", "Last year a man kept skipping his evening insulin. Together we moved to a once-daily dose in the morning.", "Together we moved to a once-daily dose in the morning."],
    ["the group's new site is what this group needs", "second-interview/added-value-to-team", "Linked the skill to something this group needs", "When I joined my group in 2019, nobody did bedside ultrasound. I did a 40-hour course. I noticed your new urgent care site doesn't have ultrasound yet, and I'd love to help set that up.", "I noticed your new urgent care site doesn't have ultrasound yet, and I'd love to help set that up."],
    ["not talking about yourself yet is holding back", "networking/partner-stretched-thin", "Holds back from pitching yourself too early", "I'd, I guess, not talk about me yet.", "I'd, I guess, not talk about me yet."],
    ["asking what they honestly thought is a direct question", "networking/ask-opinion-on-work", "Asks a direct, specific question about the work", "Could you, like, tell me what you honestly thought of the handoff project?", "Could you, like, tell me what you honestly thought of the handoff project?"],
    ["a school's length in years explains no date on the CV", "img-training-abroad", "Explains every date, role and gap on the CV without hesitating", "In India the MBBS is five and a half years, with one year of internship.", null],
    ["the years from one post to the next do", "img-training-abroad", "Explains every date, role and gap on the CV without hesitating", "I worked as a GP from 2017 to 2019, then I came to the US for my exams.", "I worked as a GP from 2017 to 2019, then I came to the US for my exams."],
    ["'I share your values' cites nothing specific", "second-interview/why-this-group", "Cited specifics from your research and the first visit", "You're a great group with a great reputation, and I really share your values.", null],
    ["asking about their stuff is not asking for their view", "networking/no-reaction-to-achievement", "If you want their view, asks for it directly", "I wouldn't bring the paper up again. I'd just ask about their stuff.", null],
    ["asking them straight out whether they read it is", "networking/no-reaction-to-achievement", "If you want their view, asks for it directly", "I wouldn't bring the paper up again, but I'd ask them straight out whether they'd read it.", "I wouldn't bring the paper up again, but I'd ask them straight out whether they'd read it."],
    ["'I am not agree' is a disagreement", "conflict-with-colleague", "A real disagreement, described fairly without blaming anyone", "On medicine rotation my senior want to discharge an old man. I am not agree because his oxygen is still low at night.", "I am not agree because his oxygen is still low at night."],
    ["letting him get it all out is listening fully", "patient-coordinator/billing-error-upset-patient", "Stayed calm, listened fully and acknowledged the frustration", "A man called yelling about a $900 bill. I let him get it all out and told him I'd be frustrated too.", "I let him get it all out and told him I'd be frustrated too."],
    ["telling people how long they'd wait keeps them informed", "patient-coordinator/busiest-day", "Stayed composed and kept patients informed", "The Monday after Thanksgiving two of us were off sick. Every half hour I told people roughly how long they'd wait.", "Every half hour I told people roughly how long they'd wait."],
    ["the manager training the new hires is not your outcome", "patient-coordinator/learn-new-system-quickly", "Shows the outcome - competent within a time frame, or helped others learn", "When our clinic switched to Epic we had two weeks of go-live support. I did the e-learning modules at night. My manager did most of the training for the new hires.", null],
    ["asking another doctor to see patients is cover", "patient-coordinator/provider-out-sick", "Looks for cover from another provider or telehealth before cancelling", "Dr. Lee called in sick. I asked Dr. Shah to see the three wound checks.", "I asked Dr. Shah to see the three wound checks."],
    // How it turned out is not what the speaker wanted to find out.
    ["wanting to find out whether they were hiring is no result", "networking/learned-by-listening", "Result - a decision, an introduction or an opportunity", "At a conference dinner I sat next to a practice manager. I mainly wanted to find out whether they would be hiring. She talked about her rota and I listened.", null],
    ["being hired after listening is one", "networking/learned-by-listening", "Result - a decision, an introduction or an opportunity", "At a conference dinner I sat next to a practice manager and let her talk about her rota. Three months later they hired me for the night post.", "Three months later they hired me for the night post."],
    ["'the one place I'm not thinking about the wards' is what an interest gives", "outside-medicine", "What those interests give you, such as balance, energy or perspective", "I row on Saturdays with a club on the river. It's the one place where I'm not thinking about the wards at all.", "It's the one place where I'm not thinking about the wards at all."],
    // A result and what comes next: "the next step would be" says what comes next.
    ["a finding with the next step is the whole point", "research-on-application", "The result and what you would do next or differently", "We looked at pharmacist calls after discharge. We found readmissions were a quarter lower, and the obvious next step would be a randomised comparison.", "We found readmissions were a quarter lower, and the obvious next step would be a randomised comparison."],
    ["a finding alone is half of it", "research-on-application", "The result and what you would do next or differently", "We looked at pharmacist calls after discharge. We found readmissions were a quarter lower.", null],
    // "I expect I'll do better" foresees; it is no evidence yet.
    ["'I expect I'll do better' is no evidence it is getting better", "greatest-weakness", "Evidence that it is getting better", "I find it hard to hand work off. I started writing a list at noon of what I could pass on. My next rotation starts in March, but I expect I'll do better with the list.", null],
    ["'my senior said my handovers were better' is", "greatest-weakness", "Evidence that it is getting better", "I find it hard to hand work off. I started writing a list at noon of what I could pass on, and by the end of the month my senior said my evenings were much better.", "I started writing a list at noon of what I could pass on, and by the end of the month my senior said my evenings were much better."],
    // What the speaker watched others do is theirs, not the speaker's.
    ["watching the residents examine patients is not examining them", "img-us-clinical-experience", "What you did yourself (notes, presentations, electronic health records, patient contact)", "At the observership in Ohio I mostly watched the residents examine patients.", null],
    ["nor is watching them write orders", "img-us-clinical-experience", "What you did yourself (notes, presentations, electronic health records, patient contact)", "At the observership in Ohio I mostly watched the residents write orders.", null],
    ["listening to the students and interns present is not presenting", "img-us-clinical-experience", "What you did yourself (notes, presentations, electronic health records, patient contact)", "At the observership in Ohio I was mostly listening to the students and interns present.", null],
    ["presenting your own patients is", "img-us-clinical-experience", "What you did yourself (notes, presentations, electronic health records, patient contact)", "At the externship in Ohio I present my patients on rounds every morning.", "At the externship in Ohio I present my patients on rounds every morning."],
    // Both halves: flexibility for leave, and how cover is arranged.
    ["asking about days off is half of leave and cover", "second-interview/ask-schedule-and-call", "Asks about flexibility for leave and how cover is arranged", "If I need days off at short notice, is the group flexible with that?", null],
    ["asking who covers my patients too is all of it", "second-interview/ask-schedule-and-call", "Asks about flexibility for leave and how cover is arranged", "If I need days off at short notice, is the group flexible, and who covers my patients then?", "If I need days off at short notice, is the group flexible, and who covers my patients then?"],
  ])("%s", (_what, id, point, answer, evidence) => {
    const [deck, questionId] = id.includes("/") ? id.split("/") : ["residency", id];
    const question = builtinDeck(deck!).questions.find((q) => q.id === questionId)!;
    expect(analyseAnswer(answer, question, 90).covered.find((c) => c.point === point)?.evidence ?? null).toBe(evidence);
  });
});

describe("repeated words", () => {
  it.each<[string, { word: string; count: number }[]]>([
    ["team team team patient patient patient patient care care", [{ word: "patient", count: 4 }, { word: "team", count: 3 }]],
    ["the the the and and and I I I really really really", []],
    ["care care", []],
    ["alpha alpha alpha beta beta beta gamma gamma gamma delta delta delta", [{ word: "alpha", count: 3 }, { word: "beta", count: 3 }, { word: "gamma", count: 3 }]],
    ["2019 2019 2019", []],
    // Numbers are how a spoken answer gives figures, not a tic; the words around them still count.
    ["We had two nurses for two wards over two nights, so the nurses swapped with nurses on call.", [{ word: "nurses", count: 3 }]],
    ["Twenty-four beds, twenty-four hours, twenty-four staff: three teams, three shifts, three leads, the 3rd floor, the 3rd week, the 3rd time.", []],
  ])("%j", (answer, expected) => {
    expect(analyseAnswer(answer, question(), 90).repeated).toEqual(expected);
  });
});

describe("repeated words and the question's own words", () => {
  it("leaves out the words of the question, in any form, and still counts the others", () => {
    const asked = question({ text: "Tell me about a mistake you made with a patient.", format: "star" });
    const answer =
      "A patient on the ward got the wrong dose: my mistake. I told the patient, then the team, and the team checked every patient. Patients were safe; the team changed how we double-check mistakes.";
    expect(analyseAnswer(answer, asked, 90).repeated).toEqual([{ word: "team", count: 3 }]);
    // The same answer to a question about something else names "patient" as repeated.
    expect(analyseAnswer(answer, question(), 90).repeated).toEqual([{ word: "patient", count: 3 }, { word: "team", count: 3 }]);
  });
});

describe("privacy warnings", () => {
  it.each<[string, string[]]>([
    ["Her DOB was 03/14/1962.", ["looks like a date of birth (03/14/1962)"]],
    ["born 1962-03-14", ["looks like a date of birth (1962-03-14)"]],
    ["He was born on 14/03/1962", ["looks like a date of birth (14/03/1962)"]],
    ["born 3/14/62", ["looks like a date of birth (3/14/62)"]],
    ["born March 14, 1962 in Ohio", ["looks like a date of birth (March 14, 1962)"]],
    ["date of birth 05/01/2015", ["looks like a date of birth (05/01/2015)"]],
    ["seen on 07/01/2021 in clinic", ["has a full date (07/01/2021), which can identify a patient"]],
    ["her DOB: 3/14, so I", ["looks like a date of birth (DOB: 3/14)"]],
    ["his date of birth was March 14th", ["looks like a date of birth (date of birth was March 14th)"]],
    ["DOB 03/14/1962", ["looks like a date of birth (03/14/1962)"]],
    ["MRN 1234567", ["looks like a medical record number (MRN 1234567)"]],
    ["mrn: 00123", ["looks like a medical record number (mrn: 00123)"]],
    ["record number 12345678 was wrong", ["looks like a medical record number (record number 12345678)"]],
    ["I pulled up 12345678 in the records", ["looks like a medical record number (12345678)"]],
    ["call 555-123-4567", ["looks like a phone number (555-123-4567)"]],
    ["(555) 123-4567", ["looks like a phone number ((555) 123-4567)"]],
    ["+1 555 123 4567", ["looks like a phone number (+1 555 123 4567)"]],
    ["+44 20 7946 0958", ["looks like a phone number (+44 20 7946 0958)"]],
    ["patient John Smith came in", ["looks like a patient's name (patient John Smith)"]],
    ["Mr. Jones refused", ["looks like a patient's name (Mr. Jones)"]],
    ["Mrs Okafor and Ms. Lee", ["looks like a patient's name (Mrs Okafor)", "looks like a patient's name (Ms. Lee)"]],
    ["her name was Maria Lopez", ["looks like a patient's name (her name was Maria Lopez)"]],
    ["the patient Maria When we spoke", ["looks like a patient's name (patient Maria)"]],
    ["her biopsy results came back on March 14 and I called her", ["has a date of care (March 14), which can identify a patient"]],
    ["he was admitted on the 3rd of June with chest pain", ["has a date of care (3rd of June), which can identify a patient"]],
    ["a 54-year-old man I met on March 14 in the ED", ["has a date of care (March 14), which can identify a patient"]],
    ["she presented on 2 February with a cough", ["has a date of care (2 February), which can identify a patient"]],
    ["John Reyes, a 34-year-old teacher, came in on Christmas Eve 2023", ["looks like a patient's name (John Reyes)", "has a date of care (Christmas Eve), which can identify a patient"]],
    ["a patient named Tom who lived at 42 Elm Street", ["looks like a patient's name (patient named Tom)", "looks like a street address (42 Elm Street)"]],
  ])("flags %j", (answer, expected) => {
    expect(privacyWarnings(answer)).toEqual(expected);
  });

  it.each([
    "In 2019 I started residency and in 2020 I moved.",
    "From 2019-2020 I did research.",
    "We cut wait times by 30% and 12.5 percent.",
    "We saw 1,200 patients a year and saved $250,000.",
    "It took 3-4 weeks, about 10-15 minutes a visit.",
    "The patient I saw was frightened; the patient's family agreed.",
    "Patient Care Coordinator, Patient Experience team.",
    "I was born in Lagos in 1990 and my name is Ada Obi.",
    "My rotation was in May 2019, version 1.2.10 of the app.",
    "Our score rose from 4.5 to 4.8 out of 5 on 1200 surveys.",
    "Dr. Patel, my mentor, took me under her wing.",
    "I always confirm the DOB and the date of birth on the form, never aloud.",
    "I see 20 patients a day, 5 days a week, 48 weeks a year.",
    "On March 14 I started my surgery rotation.",
    "Her biopsy results came back in March.",
    "My Step 1 results came out on June 5, the week my rotation ended.",
    "I met my mentor on March 14 at the regional meeting.",
    "A nurse named Maria helped me. I came in on March 3rd to cover a shift.",
    "Dr. Sarah Patel, a 45-year-old attending, taught me a lot.",
    "On Christmas Eve I worked the ED.",
  ])("does not flag %j", (answer) => {
    expect(privacyWarnings(answer)).toEqual([]);
  });

  it("is part of the feedback", () => {
    expect(analyseAnswer("Patient John Smith, MRN 1234567.", question(), 90).privacy).toEqual([
      "looks like a patient's name (Patient John Smith)",
      "looks like a medical record number (MRN 1234567)",
    ]);
  });
});

describe("renderFeedbackLines", () => {
  it("gives length, coverage, STAR, fillers, repetition and privacy as plain lines", () => {
    const q = question({
      format: "star",
      points: [
        { text: "A concrete moment", keywords: ["moment"] },
        { text: "The hard parts", keywords: ["challeng"] },
      ],
    });
    const answer = "Um, one night I met patient John Smith, a moment I remember. Team team team. I decided to stay.";
    expect(renderFeedbackLines(analyseAnswer(answer, q, 90), "star")).toEqual([
      "Length: 19 words, about 8 s of a 90-second slot when said aloud: there is room to say more about how it turned out",
      "Points covered: 1 of 2",
      '  ✓ A concrete moment: "Um, one night I met patient John Smith, a moment I remember."',
      "  ✗ The hard parts",
      "STAR: Situation ✓, Task ✗, Action ✓, Result ✗ (missing: Task, Result)",
      "Fillers: um ×1",
      "Most repeated: team ×3",
      "Privacy: this answer may identify a patient, and notes are stored unencrypted:",
      "  - looks like a patient's name (patient John Smith)",
    ]);
  });

  it("says when the answer runs over and when it has no fillers", () => {
    expect(renderFeedbackLines(analyseAnswer("word ".repeat(300), question(), 90))).toEqual([
      "Length: 300 words, 2:00 of 1:30 when said aloud, 30 s over",
      "Fillers: none",
      "Most repeated: word ×300",
    ]);
    expect(renderFeedbackLines(analyseAnswer("word ".repeat(100), question(), 90))[0]).toBe("Length: 100 words, about 0:40 of 1:30 when said aloud");
    expect(renderFeedbackLines(analyseAnswer("Yes", question(), 120), "open")[0]).toBe("Length: 1 word, about 0 s of a 2-minute slot when said aloud: add a specific example");
    // Past two minutes, a slot that is no whole number of minutes is named as the clock shows it.
    expect(renderFeedbackLines(analyseAnswer("Yes", question(), 150), "open")[0]).toBe("Length: 1 word, about 0 s of a 2:30 slot when said aloud: add a specific example");
    // A short answer that already makes a point (its example, maybe) is asked for more, not for an example.
    const moment = question({ points: [{ text: "A concrete moment", keywords: ["moment"] }] });
    expect(renderFeedbackLines(analyseAnswer("One moment on my rotation.", moment, 120), "open")[0]).toBe("Length: 5 words, about 2 s of a 2-minute slot when said aloud: there is room to say more");
    // A short story with every part found is told only that there is room, not what to add.
    const story = question({ format: "star" });
    expect(renderFeedbackLines(analyseAnswer("One night on call a man fell. I checked him over. He was fine.", story, 120), "star")[0]).toBe("Length: 14 words, about 6 s of a 2-minute slot when said aloud: there is room to say more");
    // A question the candidate asks is meant to be short.
    expect(renderFeedbackLines(analyseAnswer("What do residents do on nights?", question(), 60), "ask")[0]).toBe("Length: 6 words, about 0:02 of 1:00 when said aloud");
  });

  it("gives only the time for an answer without words (spoken aloud) and no filler count", () => {
    const aloud = { ...analyseAnswer("", question(), 90), speakingSeconds: 102.4, overLimit: true };
    expect(renderFeedbackLines(aloud)).toEqual(["Spoken for 1:42 of 1:30, 12 s over"]);
    expect(renderFeedbackLines({ ...aloud, speakingSeconds: 60, overLimit: false })).toEqual(["Spoken for about 1:00 of 1:30"]);
    expect(renderFeedbackLines(analyseAnswer("  ", question(), 90))).toEqual(["Length: no words"]);
  });
});
