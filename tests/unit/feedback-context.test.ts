// Feedback that depends on what the words around a cue say: an outcome the speaker never learned,
// a hope, a duty set aside, a topic denied, the rule a refusal rests on, what a contrast sets
// aside. Each case is an answer to a built-in question, judged as a careful coach would.
import { beforeAll, describe, expect, it } from "vitest";
import { analyseAnswer } from "../../src/practice/feedback.js";
import { loadLanguage } from "../../src/practice/language.js";
import { builtinDeck } from "../../src/eval/labelled-set.js";

beforeAll(async () => {
  await loadLanguage();
}, 30_000);

/** The feedback on an answer to a built-in question, with its deck's own answer time. */
function feedbackOn(deck: string, id: string, answer: string) {
  const question = builtinDeck(deck).questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${deck}/${id}`);
  return analyseAnswer(answer, question, question.answerSeconds);
}
const covered = (feedback: ReturnType<typeof feedbackOn>) => feedback.covered.map((c) => c.point);

describe("an outcome the speaker never learned", () => {
  it("is no Result: 'I'm not sure how it turned out', 'I lost track of her'", () => {
    const told = "In my family medicine clerkship I had to tell a man that his biopsy showed cancer. I sat down, asked what he already knew and gave the news in plain words.";
    expect(feedbackOn("residency", "difficult-conversation", `${told} I'm not sure how it turned out in the end, since I left that clinic the next week.`).star?.result).toBe(false);
    expect(feedbackOn("residency", "difficult-conversation", `${told} He thanked me and asked to see me again.`).star?.result).toBe(true);
  });

  it("earns no point about what happened next, and a doubt about what to do is no such sentence", () => {
    const helped = "A third-year student on my service wanted a research year abroad and had no one to ask. I spent fifteen minutes writing an email introducing her to a friend who runs a program in Kampala.";
    const lostTrack = feedbackOn("networking", "helped-without-gain", `${helped} I lost track of her after that rotation, so I honestly can't tell you what came of it.`);
    expect(covered(lostTrack)).not.toContain("Says what happened next, including any unexpected benefit to you");
    expect(lostTrack.star?.result).toBe(false);
    const unsure = feedbackOn("residency", "difficult-conversation", "In my family medicine clerkship I had to tell a man that his biopsy showed cancer. I wasn't sure how to start, so I sat down and asked what he already knew. He thanked me and asked to see me again.");
    expect(unsure.star).toMatchObject({ action: true, result: true });
  });

  it("takes the speaker leaving the story ('I rotated off the next morning') for no ending, and 'what stayed with me' for a lesson", () => {
    const feedback = feedbackOn("residency", "difficult-conversation", "On my neurology rotation a daughter asked me whether her mother would walk again after a large stroke. I told her it was a fair question and I asked the attending to sit down with her that afternoon. I rotated off the next morning, before that meeting happened, so I never heard how it went. What stayed with me is that saying I don't know is better than guessing.");
    expect(feedback.star).toMatchObject({ action: true, result: false });
  });

  it("takes 'I was off service the next day' for the speaker leaving the story, not how it ended", () => {
    const story = "On my OB rotation I noticed a magnesium drip running at twice the ordered rate. I went straight to the senior resident and showed her the order and the pump side by side.";
    expect(feedbackOn("residency", "speaking-up-safety", `${story} I was off service the next day, so I never found out whether the rate was changed.`).star?.result).toBe(false);
    expect(feedbackOn("residency", "speaking-up-safety", `${story} She turned it down within minutes and the patient was fine.`).star?.result).toBe(true);
  });

  it("takes 'I never heard from either of them after that' as no news of how it ended", () => {
    const helped = "A student from Ghana emailed me out of the blue two years ago, turned down by fifteen hospitals for a US rotation. I forwarded her CV to our clerkship coordinator with two lines of my own.";
    const feedback = feedbackOn("networking", "helped-without-gain", `${helped} I never heard from either of them after that, so I don't know whether she got the rotation.`);
    expect(feedback.star?.result).toBe(false);
    expect(covered(feedback)).not.toContain("Says what happened next, including any unexpected benefit to you");
  });

  it("takes 'it hasn't happened again' as how a mistake story ended", () => {
    const feedback = feedbackOn("patient-coordinator", "own-mistake", "In my first month at the dental office I booked a new patient on a day our hygienist was on leave. I apologised to her right away and rebooked her for the next morning. Since then I always check the leave calendar before I confirm a booking, and it hasn't happened again.");
    expect(feedback.star?.result).toBe(true);
  });
});

describe("how a story ended", () => {
  it("takes someone's turn against the speaker as the Result: 'She asked me to leave and asked for the attending'", () => {
    const told = "On my medicine sub-internship I had to tell a daughter that her mother's cancer had spread. I went in alone and talked for ten minutes about treatment options while she cried.";
    const ended = feedbackOn("residency", "difficult-conversation", `${told} She asked me to leave and asked for the attending. Looking back, I learned that silence is part of the conversation.`);
    expect(ended.starEvidence?.result).toBe("She asked me to leave and asked for the attending.");
  });

  it("takes 'the patient receives no wrong dose', told in the present, as the Result", () => {
    const feedback = feedbackOn("residency", "mistake-you-made", "In my internship year back home I am on surgical ward and I write a potassium order for the wrong patient. It was my fault. The staff nurse notices before she gives it and she calls the registrar. Patient receives no wrong dose. Since that day I always read back the full name before I sign.");
    expect(feedback.starEvidence?.result).toBe("Patient receives no wrong dose.");
  });

  it("takes 'after a day I realized she was right' for the speaker's next step, not how it ended", () => {
    const feedback = feedbackOn("residency", "feedback-received", "On my surgery clerkship my attending said my presentations ran long and that I hid the assessment at the end. At first I felt embarrassed, since I had put a lot of work into them, but after a day I realized she was right and I asked her to show me a good one. I began opening with a one-line summary and the plan, and I timed myself at two minutes. What I took from it is that feedback helps most when you ask what good looks like.");
    expect(feedback.star).toMatchObject({ action: true, result: false });
    expect(covered(feedback)).not.toContain("Evidence the change worked");
  });
});

describe("what is hoped for, or owed and set aside", () => {
  it("does not take 'I'm hoping my next evaluation will show it' as evidence the change worked", () => {
    const changed = "On my surgery rotation my attending told me my presentations were too long. I started writing a three-line summary before rounds.";
    const hoping = feedbackOn("residency", "feedback-received", `${changed} I'm hoping my next evaluation will show the change.`);
    expect(covered(hoping)).not.toContain("Evidence the change worked");
    expect(hoping.passedOver).toContainEqual({ point: "Evidence the change worked", said: "next evaluation", as: "would" });
    expect(covered(feedbackOn("residency", "feedback-received", `${changed} My next evaluation said my presentations were the clearest on the team.`))).toContain("Evidence the change worked");
  });

  it("keeps a forward-looking close of 'Tell me about yourself' that says what the speaker hopes for", () => {
    const close = feedbackOn("residency", "tell-me-about-yourself", "I grew up on a farm in Nebraska and my rural track rotation is what led me to family medicine. What I'm hoping for is a program like yours with a real rural track.");
    expect(covered(close)).toContain("A close that points forward to residency and this program");
  });

  it("does not take 'I should prepare openers, but I usually just wing it' as preparing", () => {
    const point = "Prepares a few openers and a short introduction";
    expect(covered(feedbackOn("networking", "plan-when-networking-is-hard", "Honestly I should probably prepare a few opening questions and look up who's coming, but I usually just wing it. I'll set myself a goal of talking to three people."))).not.toContain(point);
    expect(covered(feedbackOn("networking", "plan-when-networking-is-hard", "I'll prepare a few opening questions and look up who's coming. I'll set myself a goal of talking to three people."))).toContain(point);
  });

  it("takes 'so now I always...' after a mistake story as a lasting change, punctuated or not", () => {
    const story = "on my medicine rotation i forgot to chase a potassium result and the night team found it high the next morning. i told my senior straight away and we treated it, the patient was fine";
    const change = "A lasting change to how you work";
    expect(covered(feedbackOn("residency", "mistake-you-made", `${story} so now i always put every pending result on my handover list`))).toContain(change);
    expect(covered(feedbackOn("residency", "mistake-you-made", "On my medicine rotation I forgot to chase a potassium result. I told my senior straight away. Now I always put every pending result on my handover list."))).toContain(change);
  });
});

describe("what a denial or a disowning reaches beyond its own words", () => {
  it("takes what a denied telling would have said as not said: 'I wouldn't tell him I applied'", () => {
    const point = "Answers openly rather than guarding information";
    expect(covered(feedbackOn("networking", "peer-same-job", "I wouldn't tell him I applied. I'd keep it to myself and change the subject."))).not.toContain(point);
    expect(covered(feedbackOn("networking", "peer-same-job", "I'd tell him I applied too. No secret."))).toContain(point);
  });

  it("takes an intention denied later in its sentence ('I meant to file an incident report ... and I never did') as not done", () => {
    const point = "Reported it through the proper channel";
    const told = "Last year I gave a patient contrast although she had an allergy on file. I told her and her husband the same day and apologised.";
    expect(covered(feedbackOn("second-interview", "when-things-went-wrong", `${told} I meant to file an incident report, but it got lost in a busy week and I never did.`))).not.toContain(point);
    expect(covered(feedbackOn("second-interview", "when-things-went-wrong", `${told} I filed an incident report that afternoon.`))).toContain(point);
  });

  it("takes 'like she understood, but she didn't' as not understood", () => {
    const point = "Confirms the patient really understood";
    const setting = "An elderly lady who was hard of hearing kept nodding at everything I said,";
    expect(covered(feedbackOn("patient-coordinator", "adapt-communication", `${setting} like she understood, but she didn't. So I wrote the instructions down in big letters.`))).not.toContain(point);
    expect(covered(feedbackOn("patient-coordinator", "adapt-communication", `${setting} so I wrote the instructions down and had her read them back to me, and she understood.`))).toContain(point);
  });

  it("takes the disguise a speaker disowns ('People expect me to say perfectionism, but that's not mine') for no disguise", () => {
    const point = "A real weakness that matters at work but is not disqualifying";
    expect(covered(feedbackOn("residency", "greatest-weakness", "People expect me to say perfectionism, but that's not mine. My real weakness is that I find it hard to delegate."))).toContain(point);
    expect(covered(feedbackOn("residency", "greatest-weakness", "I'd say perfectionism, and that's hard for me. I find it hard to let go of a task."))).not.toContain(point);
  });
});

describe("a story told in the present, as speakers of English as a second language often tell one", () => {
  it("opens at 'When I start my externship', and a colleague brought in by the setting starts one too", () => {
    const externship = "When I start my externship in Detroit, everything is different: the pager, the computer. First week I am very slow. I ask one of the interns to show me her templates and I watch how she present on rounds. By the end of the month the attending ask me to present the new admissions first.";
    expect(covered(feedbackOn("residency", "img-adapting-new-system", externship))).toContain("Steps you took to learn quickly (asking, observing, seeking a mentor)");
    const colleague = "In my country we don't argue with the doctor. Here, one nurse practitioner kept double-booking her patients into my templates. I was frustrated but I wait until the end of clinic and I ask her if we can talk. I show her the template blocks, and we agree that she messages me first.";
    expect(covered(feedbackOn("patient-coordinator", "conflict-with-colleague", colleague))).toContain("Spoke to the person directly and privately, and listened");
  });

  it("opens at a patient or relative named as one case ('The daughter of Mr. Ruiz, bed 7, she is crying'), with no setting before it", () => {
    const story = "The daughter of Mr. Ruiz, bed 7, she is crying in the corridor because nobody explained the new drain. I take her to the quiet room and I ask her what scares her. I explain the plan in simple words and I promise to call her after the surgeon's review. I also ask the social worker to see her. She settled and thanked the team the next morning.";
    const feedback = feedbackOn("second-interview", "angry-family-member", story);
    expect(covered(feedback)).toContain("Explained the plan in plain language and set a time to talk again");
    expect(feedback.star).toMatchObject({ situation: true, action: true, result: true });
    // The same steps told of families in general are a habit: no story, no situation.
    const habit = feedbackOn("second-interview", "angry-family-member", "When a relative is upset, I take her to the quiet room and I ask her what scares her. I explain the plan in simple words and I promise to call her later.");
    expect(habit.star?.situation).toBe(false);
  });
});

describe("the background told before the story's setting", () => {
  it("is neither a step that comes before the task nor the Action quoted", () => {
    const answer = "At Hill Orthopedics I booked for four surgeons and the therapy team. When I started there, double bookings came every week. My manager asked me to put every list into one system within a month. I built a template for each surgeon and I ran the next day's list against the theatre list every afternoon.";
    const feedback = feedbackOn("patient-coordinator", "schedule-multiple-departments", answer);
    expect(feedback.star).toMatchObject({ situation: true, task: true, action: true });
    expect(feedback.starEvidence?.task).toBe("My manager asked me to put every list into one system within a month.");
    expect(feedback.starEvidence?.action).toMatch(/^I built a template for each surgeon/);
  });
});

describe("a story told as 'we'", () => {
  it("takes 'we agreed' for a decision the speaker reached, as an agreement is each side's", () => {
    const point = "Reached a decision and kept the working relationship intact";
    const told = "Cardiology and I disagreed about anticoagulating an 88-year-old with a recent GI bleed. We talked it over after rounds";
    expect(covered(feedbackOn("second-interview", "disagree-with-colleague", `${told}, and we agreed to hold it for a month and revisit.`))).toContain(point);
  });
});

describe("a question asked after 'I'd love to know'", () => {
  it("is the question asked, with its own subject, and a wish to improve shows wanting to improve", () => {
    const answer = "I really want to keep improving, so I'd love to know: do residents have regular structured feedback meetings with a faculty mentor who checks on their progress, say every quarter?";
    expect(covered(feedbackOn("residency", "ask-feedback-evaluation", answer))).toEqual(["Shows you want to improve and welcome being taught", "Listen for regular, structured meetings and someone who checks on your progress"]);
  });
});

describe("a deed the speaker denies", () => {
  it("stays undone when someone else does it, told as a speaker of another first language may: 'she tell the attending. I did not tell anyone myself'", () => {
    const point = "Immediate action, including telling your supervisor";
    const story = "During my observership last year I copied the potassium from the wrong day into the progress note.";
    expect(covered(feedbackOn("residency", "mistake-you-made", `${story} The resident notice it before rounds and she tell the attending. I did not tell anyone myself.`))).not.toContain(point);
    expect(covered(feedbackOn("residency", "mistake-you-made", `${story} I did not tell anyone at first. Then I told my senior resident.`))).toContain(point);
  });
});

describe("a deed someone let the speaker do", () => {
  it("is the speaker's: 'the attending let me present two patients on rounds'", () => {
    const point = "What you did yourself (notes, presentations, electronic health records, patient contact)";
    const setting = "I did a four-week observership in cardiology in Cleveland.";
    expect(covered(feedbackOn("residency", "img-us-clinical-experience", `${setting} The attending did let me present two patients on rounds.`))).toContain(point);
    expect(covered(feedbackOn("residency", "img-us-clinical-experience", `${setting} The residents presented patients on rounds and I watched.`))).not.toContain(point);
    expect(covered(feedbackOn("residency", "img-us-clinical-experience", `${setting} The attending never let me present patients.`))).not.toContain(point);
  });
});

describe("a story told without its setting", () => {
  it("earns its points when it tells a step of the speaker's and how it turned out", () => {
    const point = "Described the outcome honestly, even if it was only partial";
    const told = "I never really asked her why she stopped her statin, I just told her she had to take it, and she didn't come back for six months. So, honestly, it didn't go well.";
    expect(covered(feedbackOn("second-interview", "nonadherent-patient", told))).toEqual([point]);
    // With no step of the speaker's, claims are still no story: "it didn't go well" alone earns nothing.
    expect(covered(feedbackOn("second-interview", "nonadherent-patient", "Patients often stop their statins. Honestly, it didn't go well."))).toEqual([]);
  });
});

describe("how a story turned out", () => {
  it("takes a change counted in words ('from about ninety minutes to fifty') and a patient 'got back' in a code for the Result", () => {
    const rounds = feedbackOn("residency", "leadership-example", "On my surgery rotation the student team had no system for pre-rounding. We made a shared spreadsheet and we met before the residents every morning. We cut pre-rounding from about ninety minutes to fifty.");
    expect(rounds.star?.result).toBe(true);
    expect(covered(rounds)).toContain("A measurable or visible result");
    const code = feedbackOn("residency", "teamwork-example", "Last winter in the ED a patient came in coding. My job was compressions and the timer, and I called out every two minutes for the pulse check. We got him back after about twenty minutes.");
    expect(code.star?.result).toBe(true);
  });
});

describe("a habit taken up after the story", () => {
  it("takes 'Ever since, I label every tube' and 'Now I check two identifiers every time' for the change", () => {
    const residency = "On my medicine rotation I mislabeled a blood culture bottle. I told my senior resident and we redrew it within the hour.";
    expect(covered(feedbackOn("residency", "mistake-you-made", `${residency} Ever since, I label every tube at the bedside.`))).toContain("A lasting change to how you work");
    const coordinator = "Last spring I scheduled the wrong patient for an MRI. I called her right away and rebooked her, and I told my supervisor.";
    const habit = "Changed a habit or process to prevent it recurring";
    expect(covered(feedbackOn("patient-coordinator", "own-mistake", `${coordinator} Now I check two identifiers every time before I book anything.`))).toContain(habit);
    // With no story before it, a habit is only a habit.
    expect(covered(feedbackOn("patient-coordinator", "own-mistake", "Now I check two identifiers every time before I book anything."))).not.toContain(habit);
  });
});

describe("words that point back or aside", () => {
  it("takes what was called off as not done: 'my school's interest group was cancelled'", () => {
    const point = "Evidence you tested the interest (electives, research, mentors, sub-internships)";
    expect(covered(feedbackOn("residency", "why-this-specialty", "I want to do emergency medicine. My school's interest group was cancelled the year I would have joined, and my away rotation fell through."))).not.toContain(point);
    expect(covered(feedbackOn("residency", "why-this-specialty", "I want to do emergency medicine. I joined my school's interest group and did an away rotation in Denver."))).toContain(point);
  });

  it("takes a topic denied through 'that' as denied: 'Telehealth, we didn't really do that there'", () => {
    const point = "Looks for cover from another provider or telehealth before cancelling";
    expect(covered(feedbackOn("patient-coordinator", "provider-out-sick", "I'd start calling people and offer them the next free slot. Telehealth, we didn't really do that there."))).not.toContain(point);
    expect(covered(feedbackOn("patient-coordinator", "provider-out-sick", "I'd start calling people and offer them the next free slot. Telehealth, we did a lot of that there."))).toContain(point);
  });

  it("takes the rule a refusal rests on as named: 'not verification under HIPAA and our clinic's privacy policy'", () => {
    const feedback = feedbackOn("patient-coordinator", "hipaa-caller-asks-results", "A caller's word alone is not verification under HIPAA and our clinic's privacy policy, so I would tell her politely that I can't share his results until he signs a release.");
    expect(covered(feedback)).toContain("Names HIPAA and the facility's own privacy policy");
  });

  it("does not undo a point by what a contrast sets aside: 'mixed feelings rather than that they missed it'", () => {
    const feedback = feedbackOn("networking", "no-reaction-to-achievement", "I wouldn't mention the paper again. Their silence might mean mixed feelings about it rather than that they missed it, so I'd move on.");
    expect(covered(feedback)).toContain("Recognises that silence may mean mixed feelings rather than not hearing");
    expect(feedback.undone).toBeUndefined();
    expect(feedbackOn("networking", "no-reaction-to-achievement", "I think they probably missed it in the noise, so I'd mention the paper again.").undone).toEqual([
      { point: "Recognises that silence may mean mixed feelings rather than not hearing", said: "missed it" },
    ]);
  });

  it("reads a past setting whose noun has a clause with a modal as the Situation: 'a rash nobody could explain'", () => {
    const feedback = feedbackOn("residency", "teamwork-example", "On my pediatrics rotation we had a toddler with a rash nobody could explain. I presented the case on rounds. The rash settled once we stopped the antibiotic.");
    expect(feedback.starEvidence?.situation).toBe("On my pediatrics rotation we had a toddler with a rash nobody could explain.");
  });
});

describe("a story told about one patient", () => {
  const refusal = "An elderly woman with a large aortic aneurysm, about six and a half centimetres, told me she didn't want it repaired. I went through it with her and her son over two visits.";

  it("takes 'An elderly woman with an aneurysm told me...' as the Situation, so the points of the story can be earned", () => {
    const feedback = feedbackOn("second-interview", "patient-wishes-vs-advice", `${refusal} I told her plainly that I thought repair was better, but that it was her decision.`);
    expect(feedback.star?.situation).toBe(true);
    expect(covered(feedback)).toContain("Respected autonomy while staying honest about your view");
  });

  it("carries the speaker past a 'that' clause: 'I wrote it up in the chart, including that she understood, and told her she could change her mind'", () => {
    const feedback = feedbackOn("second-interview", "patient-wishes-vs-advice", `${refusal} I wrote the conversation up in the chart, including that she understood the risk, and told her she could change her mind at any point.`);
    expect(covered(feedback)).toContain("Documented the discussion and kept the door open");
  });
});

describe("who did it", () => {
  it("takes 'I made sure he understood the risks' as the speaker's deed, and the nurse making sure as hers", () => {
    const point = "Made sure the patient understood the risks and options";
    const refused = "Last year a man in my clinic refused to start a statin after a small stroke.";
    expect(covered(feedbackOn("second-interview", "patient-wishes-vs-advice", `${refused} I made sure he understood the risks of waiting and the options.`))).toContain(point);
    expect(covered(feedbackOn("second-interview", "patient-wishes-vs-advice", `${refused} I checked that he understood the risks of waiting.`))).toContain(point);
    expect(covered(feedbackOn("second-interview", "patient-wishes-vs-advice", `${refused} The nurse made sure he understood the risks of waiting.`))).not.toContain(point);
  });

  it("takes 'The nurse navigator, the scheduler and I all worked on it' as the team's, not the speaker's own step", () => {
    const feedback = feedbackOn("patient-coordinator", "complex-care-coordination", "We had an older gentleman newly diagnosed with lung cancer who needed a PET scan, a biopsy and two consults. The nurse navigator, the oncology scheduler and I all worked on it. We lined up the tests on the same morning and we booked an interpreter for every visit. He started treatment within three weeks.");
    expect(feedback.star?.action).toBe(false);
    expect(feedback.weOnly).toBe(true);
  });
});

describe("the deck's own cues", () => {
  it("asks for the caller's authorisation as well as her identity before results are released", () => {
    const point = "Does not release anything until identity and authorisation are confirmed";
    const dateOfBirthOnly = feedbackOn("patient-coordinator", "hipaa-caller-asks-results", "I would pull up his chart and if she knows his date of birth I'd read her the results, because she's family.");
    expect(covered(dateOfBirthOnly)).toEqual([]);
    expect(dateOfBirthOnly.halfSaid).toEqual([{ point, said: "date of birth", missing: "authorisation" }]);
    expect(covered(feedbackOn("patient-coordinator", "hipaa-caller-asks-results", "I'd verify her identity and check whether her father has signed a release naming her."))).toContain(point);
    expect(covered(feedbackOn("patient-coordinator", "hipaa-caller-asks-results", "I'd tell her kindly that I can't share his results over the phone."))).toContain(point);
  });

  it("takes a word in her office afterwards as raising it privately", () => {
    const feedback = feedbackOn("residency", "conflict-with-colleague", "During my ICU rotation another student kept taking my patients' notes. I caught her afterwards in her office and asked if we could split the list each morning. She agreed.");
    expect(covered(feedback)).toContain("You raised it privately, directly and calmly");
  });

  it("asks a closing thank-you for what it thanks them for, and a next step more concrete than 'stay in touch'", () => {
    const thanks = "Thanks them for something specific from the conversation";
    const generic = feedbackOn("networking", "close-conversation", "Thank you so much, it was really nice talking to you. Maybe we can stay in touch sometime?");
    expect(covered(generic)).toEqual([]);
    expect(generic.halfSaid).toEqual([{ point: thanks, said: "Thank" }]);
    const specific = feedbackOn("networking", "close-conversation", "Thank you, this was really useful, especially your point about protected research time. I'll email you on Monday with the paper we discussed.");
    expect(covered(specific)).toEqual([thanks, "Proposes a concrete next step - an email, a call, an introduction", "Confirms how to reach each other"]);
  });

  it("takes 'I moved his dose to the afternoon' as adjusting the plan, and 'Afterwards I had IT route results...' as a change against a repeat", () => {
    const adjusted = feedbackOn("second-interview", "nonadherent-patient", "A man with heart failure skipped his diuretic on workdays because of his long bus ride. I moved his dose to the afternoon, when he got home.");
    expect(covered(adjusted)).toContain("Adjusted the plan to fit their life, cost or beliefs where it was safe to do so");
    const changed = feedbackOn("second-interview", "handle-patient-complaint", "A patient complained that nobody had told him his biopsy result for three weeks; it had gone to a shared queue while I was away. I phoned him that afternoon. Afterwards I had IT route results for absent physicians to a named partner.");
    expect(covered(changed)).toContain("Changed something afterwards so it would not recur");
  });

  it("takes 'That was totally on me' as owning the mistake", () => {
    const feedback = feedbackOn("patient-coordinator", "own-mistake", "One time I booked a patient for an MRI at our downtown site when her referral was for the north campus. That was totally on me. I called the north campus and they fitted her in an hour later.");
    expect(covered(feedback)).toContain("Owns a real mistake without excuses");
  });

  it("takes 'I enjoyed hearing how your dyad model works' as what a follow-up email recalls of the talk", () => {
    const feedback = feedbackOn("networking", "follow-up-next-day", "Dear Dr. Okafor, it was a pleasure to meet you at the leadership mixer on Tuesday. I enjoyed hearing how your dyad model pairs a physician lead with an administrator. Best wishes, Sam");
    expect(covered(feedback)).toContain("Reminds them where you met and what you talked about");
  });

  it("takes 'covering a second hospital wouldn't worry me' as no deal breaker", () => {
    const feedback = feedbackOn("networking", "need-beats-numbers", "Covering a second hospital wouldn't worry me at all, I've done split sites before. Nobody there does the laparoscopic procedure I trained in, so I could bring that.");
    expect(feedback.undone).toEqual([{ point: "Sees the coverage requirement as a possible deal breaker, whatever the pay", said: "wouldn't worry me" }]);
  });
});

describe("how far a denial, a habit or a wish reaches", () => {
  const IMG_DEEDS = "What you did yourself (notes, presentations, electronic health records, patient contact)";

  it("takes one denied example of a point's list for that example only: 'I do not write notes, but I examined patients'", () => {
    const observership = "My observership was three months at a community hospital in Ohio.";
    expect(covered(feedbackOn("residency", "img-us-clinical-experience", `${observership} I do not write notes, but I examined patients with the resident every morning.`))).toContain(IMG_DEEDS);
    const none = feedbackOn("residency", "img-us-clinical-experience", `${observership} I do not write notes there; it was observation only.`);
    expect(none.passedOver).toContainEqual({ point: IMG_DEEDS, said: "I do not write notes there", as: "not-done" });
  });

  it("denies a verb joined by 'or' to a denied one: 'I was not allowed to write notes or examine patients'", () => {
    const feedback = feedbackOn("residency", "img-us-clinical-experience", "My observership was three months at a community hospital in Ohio. I was not allowed to write notes or examine patients.");
    expect(covered(feedback)).not.toContain(IMG_DEEDS);
  });

  it("takes what the speaker did not hesitate to do as done: 'I didn't hesitate to call my senior'", () => {
    const feedback = feedbackOn("residency", "mistake-you-made", "On my medicine sub-internship last spring I wrote a potassium order for the wrong patient. When the nurse questioned it I didn't hesitate to tell my senior resident, and we cancelled it before any was given.");
    expect(covered(feedback)).toContain("Immediate action, including telling your supervisor");
  });

  it("reads 'I'd want to ask them how many...' as a step of the plan a question asks for", () => {
    const feedback = feedbackOn("networking", "need-beats-numbers", "Before anything else I'd want to ask them how many patients a month actually need that procedure.");
    expect(covered(feedback)).toContain("Asks a follow-up question about the need rather than the pay");
  });

  it("takes 'I'd really like to do one and maybe get involved in research' as a wish throughout, which tests no interest", () => {
    const feedback = feedbackOn("residency", "why-this-specialty", "I haven't done an emergency medicine elective yet, but I'd really like to do one next spring and maybe get involved in some sepsis research there.");
    expect(covered(feedback)).not.toContain("Evidence you tested the interest (electives, research, mentors, sub-internships)");
  });

  it("takes 'I'm planning to do a research year' and 'I'm going to ask' as not done yet, while 'I'm going to the ward' is told", () => {
    const planned = feedbackOn("residency", "reapplicant", "I didn't match last year. This year I'm planning to do a research year, and I'm going to ask my program director for advice on my list.");
    expect(planned.missed).toContain("Concrete steps taken since (clinical work, research, exams, advice sought)");
    const done = feedbackOn("residency", "reapplicant", "I didn't match last year. Since then I've done a research year, and I asked my program director for advice on my list.");
    expect(covered(done)).toContain("Concrete steps taken since (clinical work, research, exams, advice sought)");
  });

  it("takes 'I'm planning a sub-internship' as not done yet, while 'I did a sub-internship' tests the interest", () => {
    const evidence = "Evidence you tested the interest (electives, research, mentors, sub-internships)";
    expect(covered(feedbackOn("residency", "why-this-specialty", "I haven't done any research yet; I'm planning a sub-internship in the spring."))).not.toContain(evidence);
    expect(covered(feedbackOn("residency", "why-this-specialty", "I haven't done any research yet; I did a sub-internship in the spring."))).toContain(evidence);
  });

  it("hears the moment that drew you in when a patient 'was admitted', and 'conditions you can manage but not fix' as the hard part", () => {
    const feedback = feedbackOn("residency", "why-this-specialty", "On my medicine block a woman was admitted confused, and the neurologist found a stroke. I know the field has conditions you can manage but not fix, and I'm fine with that.");
    expect(covered(feedback)).toEqual(["A concrete moment or patient that drew you to the field", "An honest view of the hard parts and why you still want it"]);
  });

  it("takes 'there were a lot of changes that year' for background, not how the story ended, while 'there were fewer errors that year' is", () => {
    const story = "Our clinic switched to a new check-in system with a week's notice. My job was to answer everyone's questions on day one. I stayed late with the training videos and made a cheat sheet.";
    const outcome = "Shows the outcome - competent within a time frame, or helped others learn";
    const background = feedbackOn("patient-coordinator", "learn-new-system-quickly", `${story} There were a lot of changes that year, we also got new phones.`);
    expect([background.star?.result, covered(background)]).toEqual([false, expect.not.arrayContaining([outcome])]);
    const fewer = feedbackOn("patient-coordinator", "learn-new-system-quickly", `${story} There were fewer check-in errors that year.`);
    expect(fewer.star?.result).toBe(true);
  });

  it("talking to someone, meets a point that asks for a question only with one, not with the speaker's own news", () => {
    const need = "Asks about the need itself - coverage, skills, location, schedule - not about pay";
    const pitch = feedbackOn("networking", "partner-stretched-thin", "Oh, that sounds rough. I do the whole range of outpatient procedures, so I could take a lot off your plate.");
    expect(covered(pitch)).not.toContain(need);
    for (const asked of ["Oh no. How many sessions are you short a week?", "Oh no. I was wondering which procedures you need most."]) {
      expect(covered(feedbackOn("networking", "partner-stretched-thin", asked))).toContain(need);
    }
  });

  it("takes 'while I was covering two clinics' as the setting, not the task, and 'I'd hoped to find out' as a goal set", () => {
    const covering = feedbackOn("second-interview", "when-things-went-wrong", "Last spring a lab result sat in my inbox for two days while I was covering two clinics. I phoned the patient that evening and apologised. Her kidney function was back to baseline within a week.");
    expect(covering.star).toMatchObject({ situation: true, task: false, action: true, result: true });
    const hoped = feedbackOn("networking", "learned-by-listening", "At a meeting in Denver last spring I sat next to a retired CMO at lunch. I'd hoped to find out whether administration meant giving up clinical work. I asked one question and then kept quiet.");
    expect(hoped.star).toMatchObject({ situation: true, task: true, action: true });
  });

  it("takes 'I was the one who had to tell her son' as the speaker's task", () => {
    const story = "In my internship in Cairo an old lady's cancer had spread to the liver. {} I told him slowly, without medical words, and let him cry.";
    expect(feedbackOn("residency", "difficult-conversation", story.replace("{}", "I was the one who had to tell her son.")).star?.task).toBe(true);
    expect(feedbackOn("residency", "difficult-conversation", story.replace("{}", "Her son was the one who had to hear it.")).star?.task).toBe(false);
  });

  it("keeps 'I have not yet done a rotation' one denied clause: 'yet' after a negation is no conjunction", () => {
    const firstHand = "Shows you have seen that challenge first-hand on a rotation";
    const answer = (told: string) => `The hardest part will be patients who keep coming back. ${told} so I know it mostly from friends.`;
    expect(covered(feedbackOn("residency", "hardest-part-of-specialty", answer("I have not yet done a rotation in the US,")))).not.toContain(firstHand);
    expect(covered(feedbackOn("residency", "hardest-part-of-specialty", answer("I saw it on my medicine rotation,")))).toContain(firstHand);
  });

  it("takes 'I came home a lot more humble' as the speaker's trip, not how it turned out", () => {
    const story = "In my second year I did an elective in a rural hospital in Malawi where there was no CT. I had to learn to examine without tests, and I asked the clinical officers to teach me.";
    expect(feedbackOn("residency", "img-adapting-new-system", `${story} I came home a lot more humble.`).star?.result).toBe(false);
    expect(feedbackOn("residency", "img-adapting-new-system", `${story} By the end the patient I admitted went home well.`).star?.result).toBe(true);
  });

  it("takes back what 'but I don't' denies: 'I'd like to say I keep careful notes, but I don't'", () => {
    const record = "Keeps a simple record of contacts and what they care about";
    expect(covered(feedbackOn("networking", "stay-in-touch", "I'd like to say I keep careful notes, but I don't; I rely on memory."))).not.toContain(record);
    expect(covered(feedbackOn("networking", "stay-in-touch", "I keep careful notes on everyone I meet, and I rely on them."))).toContain(record);
  });

  it("takes 'we lost contact' as no news of how it went, and 'a night shift that went badly' as something met on the way", () => {
    const help = "In residency a nurse on our ward had a video interview in English for a master's in Canada. I practised with her three evenings after our shifts.";
    expect(feedbackOn("networking", "helped-without-gain", `${help} Later we lost contact, so she may have got in.`).star?.result).toBe(false);
    const meeting = "At a meeting in Denver last spring I sat next to a hospitalist director. I asked how her week had been and then mostly kept quiet.";
    expect(feedbackOn("networking", "learned-by-listening", `${meeting} She talked about a night shift that went badly, and I followed wherever she went.`).star?.result).toBe(false);
    expect(feedbackOn("networking", "learned-by-listening", `${meeting} In the end the conversation went well and she introduced me to her chief.`).star?.result).toBe(true);
  });

  it("hears a coping plan in 'to handle it I will keep swimming', and changes made in 'from the next morning I ... rehearsed'", () => {
    const coping = feedbackOn("residency", "hardest-part-of-specialty", "The hardest part will be patients who keep coming back. To handle it I will keep swimming, and I will talk it through with my co-residents.");
    expect(covered(coping)).toContain("A plan for coping with it and who you would lean on");
    const changed = feedbackOn("residency", "feedback-received", "During my surgery clerkship my attending told me my presentations were too long. From the next morning I opened with the plan and rehearsed each one aloud.");
    expect(covered(changed)).toContain("Concrete changes you made");
  });

  it("hears what the speaker would repeat or change in 'what I'd definitely do again is' and 'what I do different now is'", () => {
    const conflict = feedbackOn("residency", "conflict-with-colleague", "On my medicine clerkship the resident wanted to send home a woman whose sodium was drifting down. I showed him the last three values. He agreed to recheck it, and she stayed another night. What I'd definitely do again is bring the actual trend.");
    expect(covered(conflict)).toContain("How it was resolved and what you would repeat");
    const outage = feedbackOn("patient-coordinator", "unexpected-problem", "Last winter our scheduling system went down at eight with thirty patients booked. I called every patient to come as planned. The system came back at eleven and all patients were seen. What I do different now is I print the next day's schedule every evening.");
    expect(covered(outage)).toContain("Result and what you would do differently");
  });

  it("takes a story told with 'led' as about leadership, so its STAR parts stand for the points that ask for them", () => {
    const story = feedbackOn("residency", "leadership-example", "Last year I led our student-run free clinic as its chief. The volunteers kept missing shifts. I made a shared rota and I rang every volunteer the week before. After two months no-show shifts fell from six a month to one.");
    expect(covered(story)).toEqual(["The situation and why leadership was needed", "A measurable or visible result"]);
    const offTopic = feedbackOn("residency", "leadership-example", "Last year I worked in our student-run free clinic. The volunteers kept missing shifts. After two months no-show shifts fell from six a month to one.");
    expect(covered(offTopic)).toEqual([]);
  });

  it("takes 'I go for a run after hard shifts' as a routine, not a step of the story, so 'it ended okay' before it is the Result", () => {
    const feedback = feedbackOn("residency", "handling-stress", "On my surgery rotation we had six admissions in two hours one night. We split the work and we called the senior early. It was stressful but it ended okay. I would always prioritise the sickest patient first, and I go for a run after hard shifts.");
    expect(feedback.star).toMatchObject({ action: false, result: true });
    expect(feedback.weOnly).toBe(true);
  });

  it("does not take 'we'll see how it goes' as a commitment to stay", () => {
    const staying = "Showed commitment to staying and building with the group";
    expect(covered(feedbackOn("second-interview", "career-direction", "I want to teach. As for staying long term, I guess we'll see how it goes."))).not.toContain(staying);
    expect(covered(feedbackOn("second-interview", "career-direction", "I want to teach, and I see myself staying long term."))).toContain(staying);
  });

  it("takes what the speaker would like to do as the answer to where they are heading", () => {
    const feedback = feedbackOn("second-interview", "career-direction", "In five years I'd really like to teach the residents who rotate through and run the outreach clinic.");
    expect(covered(feedback)).toContain("Gave a realistic direction, such as leadership, a special interest or teaching");
  });

  it("takes 'the wards were always full' and a routine told in the present for no occasion and no outcome", () => {
    const feedback = feedbackOn("residency", "handling-stress", "Back home the wards were always full, so pressure was just normal for us. What I usually do is write a list and see the sickest patients first. I go for a walk with my brother on my day off.");
    expect(feedback.star).toMatchObject({ situation: false, result: false });
    expect(covered(feedback)).not.toContain("A specific period or moment of pressure");
  });
});

describe("a 'like' that compares", () => {
  const likes = (answer: string) => feedbackOn("networking", "plan-when-networking-is-hard", answer).fillers.find((f) => f.word === "like")?.count ?? 0;

  it("is no filler after 'come across' or in 'a mix-up like that', while 'I was like, that is it' quotes", () => {
    expect(likes("I worry I'll come across like a salesperson.")).toBe(0);
    expect(likes("A mix-up like that is stressful for anyone.")).toBe(0);
    expect(likes("I was like, that is it, I'm going over to say hello.")).toBe(1);
    expect(likes("And like that was it, we swapped numbers.")).toBe(1);
  });
});

describe("a 'so' that stands for what was said", () => {
  const sos = (answer: string) => feedbackOn("networking", "plan-when-networking-is-hard", answer).fillers.find((f) => f.word === "so")?.count ?? 0;

  it("is no filler in 'Oh, so am I!' or 'so did we', while 'So do you work here?' opens a question", () => {
    expect(sos("Oh, so am I! I trained in Leeds too.")).toBe(0);
    expect(sos("They changed the rota, and so did we.")).toBe(0);
    expect(sos("So do you work here?")).toBe(1);
  });
});

describe("filler words that carry meaning", () => {
  const count = (word: string, answer: string) => feedbackOn("networking", "plan-when-networking-is-hard", answer).fillers.find((f) => f.word === word)?.count ?? 0;

  it("'maybe' suggesting something or putting a possibility is meant; set off alone it hedges", () => {
    expect(count("maybe", "I'd like to build something for the students, maybe a short weekly case session.")).toBe(0);
    expect(count("maybe", "If they said nothing, maybe they just weren't that interested.")).toBe(0);
    expect(count("maybe", "It took, maybe, twenty minutes.")).toBe(1);
  });

  it("'you know the field' is the verb, also after a comma; 'you know,' set off is a filler", () => {
    expect(count("you know", "I'd value your honest take on that paper sometime, you know the field better than I do.")).toBe(0);
    expect(count("you know", "It was busy, you know, and we were short.")).toBe(1);
  });

  it("'like we're supposed to' means 'as'; 'so' set off only by a filler after it links", () => {
    expect(count("like", "I sent a merge request to the records team like we're supposed to.")).toBe(0);
    expect(count("so", "The result sat in the old chart, so, like, the doctor hadn't seen it.")).toBe(0);
    expect(count("like", "The result sat in the old chart, so, like, the doctor hadn't seen it.")).toBe(1);
    expect(count("so", "We waited, so, I asked again.")).toBe(1);
  });
});

describe("words that only add weight, inside a cue", () => {
  it("'was very unfair' is the excuse 'was unfair' is, and 'a real difference' makes 'a difference'", () => {
    const excuse = feedbackOn("residency", "failed-exam-attempt", "The exam was very unfair that year. For my second attempt I changed my study plan and did timed blocks every day.");
    expect(covered(excuse)).not.toContain("An honest cause without excuses (study method, timing, personal circumstances)");
    const reason = feedbackOn("patient-coordinator", "why-this-career", "When my grandmother was ill, the coordinator at her clinic made a real difference to her: she never had to chase a single appointment.");
    expect(covered(reason)).toContain("A genuine reason rooted in helping patients");
  });
});

describe("a story's outcome and its lesson, in other words", () => {
  it("a point asking what happened is met by the story's result; 'I learn from this that' states a lesson", () => {
    const rollout = feedbackOn("second-interview", "new-technology", "Last year our clinic brought in remote blood pressure monitoring. I did the vendor's training and then ran two lunch sessions for the nurses. Over the first year readmissions fell, though we struggled at first with billing for it.");
    expect(covered(rollout)).toContain("Reported what happened, including problems met");
    const news = feedbackOn("residency", "difficult-conversation", "In my internship I had to tell a young man that his wife's cancer had come back. I sat with him and gave him time. At the end he thanked me and asked me to help him call his brother, and I learn from this that the silence is part of the conversation.");
    expect(covered(news)).toContain("How it ended and what you learned about communication");
  });
});

describe("a denial that runs over a list, and a hedge before the verb", () => {
  it("'I did not write notes, enter orders or examine patients' denies all three", () => {
    const feedback = feedbackOn("residency", "img-us-clinical-experience", "I did an eight-week observership in internal medicine in Ohio. As an observer I did not write notes, enter orders or examine patients.");
    expect(covered(feedback)).not.toContain("What you did yourself (notes, presentations, electronic health records, patient contact)");
  });

  it("'they haven't slept, are frightened' denies the sleep only: a verb with its own auxiliary says something new", () => {
    const point = "Notes that patients may arrive worried, unwell or in pain and need patience";
    const answer = (list: string) => `Many people who come through the door ${list}, so I give them time.`;
    expect(covered(feedbackOn("patient-coordinator", "first-face-patients-see", answer("haven't slept, are frightened about a result, or are hurting")))).toContain(point);
    expect(covered(feedbackOn("patient-coordinator", "first-face-patients-see", answer("haven't slept or eaten, nor felt frightened")))).not.toContain(point);
  });

  it("'I kind of say the name out loud' is still the speaker's habit changed", () => {
    const feedback = feedbackOn("patient-coordinator", "own-mistake", "Last spring I booked a patient with the wrong Dr. Patel, because we have two. I called her back that afternoon and moved her, and told my supervisor. Since then I kind of say the doctor's full name out loud before I book.");
    expect(covered(feedback)).toContain("Changed a habit or process to prevent it recurring");
  });

  it("'like one body' compares and ', like is it the nights' fills", () => {
    const likes = (answer: string) => feedbackOn("networking", "plan-when-networking-is-hard", answer).fillers.find((f) => f.word === "like")?.count ?? 0;
    expect(likes("On a good morning the crew moves like one body.")).toBe(0);
    expect(likes("We waited like two hours.")).toBe(1);
    expect(likes("Stretched thin how, like is it the nights, or the clinic?")).toBe(1);
  });
});

describe("a coordinator's answers, as a new user typed them", () => {
  it("calling the patients alone is half of contacting them with an apology or the soonest slot", () => {
    const vague = feedbackOn("patient-coordinator", "provider-out-sick", "Um, I would basically just, like, call the patients and kind of reschedule them I guess.");
    expect(covered(vague)).not.toContain("Contacts patients quickly, apologises and offers the earliest new slot");
    const caring = feedbackOn("patient-coordinator", "provider-out-sick", "I'd call each patient that morning, apologise, and offer the first available slot with another provider.");
    expect(covered(caring)).toContain("Contacts patients quickly, apologises and offers the earliest new slot");
  });

  it("'I could not share anything' without a release on file releases nothing", () => {
    const feedback = feedbackOn("patient-coordinator", "hipaa-caller-asks-results", "I checked his chart for a signed release naming her, and there was none, so I politely told her I could not share anything.");
    expect(covered(feedback)).toContain("Does not release anything until identity and authorisation are confirmed");
  });
});

describe("steps only meant, then said not tried", () => {
  it("'I should start keeping an hour free and also asking my registrar, but I haven't tried that yet' is no step taken", () => {
    const feedback = feedbackOn("residency", "greatest-weakness", "I find it hard to say no when colleagues ask me for help, so I end up staying late, and twice last month my handover ran late. I think I should really start keeping an hour free for notes and also asking my registrar to help me sort the jobs, but I haven't tried that yet.");
    expect(covered(feedback)).not.toContain("Specific steps you have taken to work on it");
  });
});

describe("a point that asks for an example given", () => {
  it("is not earned by a general truth in the present, and is by something that happened", () => {
    const PREVENTED = "Gave an example where this prevented a problem or fixed one";
    const claim = "I believe communication is the foundation of good care. I always communicate clearly with my colleagues. Good communication prevents errors, so I take it very seriously.";
    expect(covered(feedbackOn("second-interview", "communicate-with-physicians", claim))).not.toContain(PREVENTED);
    const event = "I page the surgeon directly when a result changes the plan. Last month I caught a potassium of 6.8 before a patient went to theatre and called the anaesthetist, which prevented a cancelled case.";
    expect(covered(feedbackOn("second-interview", "communicate-with-physicians", event))).toContain(PREVENTED);
    const RECENT = "Gave an example of something recent that changed what you do";
    expect(covered(feedbackOn("second-interview", "stay-current", "I read the journals when I can. It's important to stay up to date in medicine, it changes so fast."))).not.toContain(RECENT);
    expect(covered(feedbackOn("second-interview", "stay-current", "I read NEJM Journal Watch every week. Last year the new heart failure guideline changed how I start SGLT2 inhibitors."))).toContain(RECENT);
    // A deed of the speaker's whose verb reads as present ("set") still tells the example.
    const workflow = "I treat our MAs and front desk as colleagues: first names, the same courtesy I'd give a partner. I tell new MAs on day one exactly how I want vitals and med rec done before I walk in, and if something's off I say it one-on-one after clinic, never in front of the patient. Our front-desk lead noticed that my Monday diabetics kept arriving without fasting labs. She suggested we send the lab orders with the reminder text a week ahead, and we set that up together; the share of patients arriving with results went from about a third to over 80 per cent in two months.";
    expect(covered(feedbackOn("second-interview", "work-with-staff", workflow))).toContain("Gave a concrete example, such as a workflow fixed together");
  });
});

describe("a lesson told as 'now I know'", () => {
  it("is no change made to prevent a repeat; 'now I check' is one", () => {
    const story =
      "At my last job I noticed that a patient had two charts with different dates of birth. I merged them myself that afternoon and didn't tell anyone. " +
      "Now I know that wasn't the right way, the merge should go through the HIM department.";
    const feedback = feedbackOn("patient-coordinator", "records-accuracy-error", story);
    expect(covered(feedback)).not.toContain("Changed something to prevent it happening again");
    const changed = feedbackOn("patient-coordinator", "records-accuracy-error", `${story} Now I check the date of birth against the card at every visit.`);
    expect(covered(changed)).toContain("Changed something to prevent it happening again");
  });
});

describe("a point that asks what was checked, with examples of what", () => {
  it("is not earned by one of the examples named in passing, and is by checking it", () => {
    const CHECKED = "Checked what else it had affected - claims, results, appointments";
    const story = "At my last job I noticed that a patient had two charts with different dates of birth. I merged the information myself that afternoon and moved the results over.";
    expect(covered(feedbackOn("patient-coordinator", "records-accuracy-error", story))).not.toContain(CHECKED);
    expect(covered(feedbackOn("patient-coordinator", "records-accuracy-error", `${story} Then I checked her claims from the past month.`))).toContain(CHECKED);
  });
});

describe("a lesson told", () => {
  it("is no outcome, nor others learning, for a point that does not ask what you learned", () => {
    const OUTCOME = "Shows the outcome - competent within a time frame, or helped others learn";
    const story = "When our clinic moved to a new scheduling system, I had two days of training before go-live. I used the tip sheets and sat with the super-user at lunch.";
    const lesson = `${story} I learned that it's important to ask for help and to be patient with yourself.`;
    expect(covered(feedbackOn("patient-coordinator", "learn-new-system-quickly", lesson))).not.toContain(OUTCOME);
    expect(covered(feedbackOn("patient-coordinator", "learn-new-system-quickly", `${story} Within two weeks I was booking faster than before, and I trained two new hires on it.`))).toContain(OUTCOME);
  });
});

describe("a relative who translates", () => {
  it("is not the qualified interpreter a patient needs; an interpreter is", () => {
    const TOOLS = "Uses the right tools - qualified interpreter, plain language, written notes, teach-back";
    const family = "An older man came in for a pre-op appointment who only spoke Vietnamese. His teenage granddaughter was with him, so I had her translate the paperwork for him.";
    expect(covered(feedbackOn("patient-coordinator", "adapt-communication", family))).not.toContain(TOOLS);
    expect(covered(feedbackOn("patient-coordinator", "adapt-communication", family.replace("so I had her translate", "but I called the language line and the interpreter went through")))).toContain(TOOLS);
  });
});

describe("a deed that nearly happened", () => {
  it("did not: no Action in 'I nearly gave a double dose', while a figure nearly doubled is still a Result", () => {
    const near = "On nights in my internship I nearly gave a double dose of enoxaparin to an elderly patient.";
    expect(feedbackOn("residency", "mistake-you-made", near).star?.action).toBe(false);
    expect(feedbackOn("residency", "mistake-you-made", `${near} I stopped, told my senior straight away and filed an incident report.`).star?.action).toBe(true);
    const halved = "On my medicine sub-internship our discharge summaries were often late, and the chief resident asked me to fix it. I made a template and taught the interns to use it. Within a month we had nearly halved the late summaries.";
    expect(feedbackOn("residency", "leadership-example", halved).star?.result).toBe(true);
  });
});

describe("a story told in the present from 'So I have this patient'", () => {
  it("is read as a story told: its steps earn their points and its STAR parts are found", () => {
    const story =
      "So I have this patient, fifty-two, type 2 diabetes, A1c stuck at 10. I ask her what's getting in the way, and she tells me the metformin upsets her stomach at work, so she skips it on working days. " +
      "I switch her to the extended-release form and she takes it at night. I ask her to tell me back how she'll take it, and she does. Three months later her A1c is 8.4.";
    const feedback = feedbackOn("second-interview", "nonadherent-patient", story);
    expect(covered(feedback)).toEqual(expect.arrayContaining(["Adjusted the plan to fit their life, cost or beliefs where it was safe to do so", "Used teach-back or other checks that the patient understood"]));
    expect(feedback.star).toMatchObject({ situation: true, action: true, result: true });
  });
});

describe("what a would-be 'make sure' brings about", () => {
  it("is as imagined as the clause that says it: no Situation, no Action, no situation point", () => {
    const answer = "I think leadership is about listening. If I were running a sign-out, for example, I would make sure we used a structured tool like I-PASS and I'd check in with each intern. I believe a good leader leads by example.";
    const feedback = feedbackOn("residency", "leadership-example", answer);
    expect(feedback.star).toMatchObject({ situation: false, action: false });
    expect(covered(feedback)).not.toContain("The situation and why leadership was needed");
  });
});

describe("a coordinator's mistake told in plain words", () => {
  it("is owned when the speaker booked someone at the wrong site", () => {
    const answer = "so basically I booked a patient for an MRI um at the wrong site and she drove all the way there. I rang her and said sorry and rebooked her at the right place, and now I always read back the location when I book.";
    expect(covered(feedbackOn("patient-coordinator", "own-mistake", answer))).toContain("Owns a real mistake without excuses");
  });
});

describe("what only seemed so", () => {
  it("was not found out: 'he seemed to understand' confirms nothing, asking him to tell the steps back does", () => {
    const CONFIRMS = "Confirms the patient really understood";
    const answer = "An older man came in who only spoke a little English. I called the language line and went through the prep sheet slowly with the interpreter.";
    expect(covered(feedbackOn("patient-coordinator", "adapt-communication", `${answer} He seemed to understand, he nodded a lot.`))).not.toContain(CONFIRMS);
    expect(covered(feedbackOn("patient-coordinator", "adapt-communication", `${answer} Then I asked him to tell me back the steps, and he got them right.`))).toContain(CONFIRMS);
  });
});

describe("a lead passed on 'at some point, if it came up'", () => {
  it("is not passed on promptly; one sent that evening is", () => {
    const PROMPT = "Passes the lead on promptly";
    expect(covered(feedbackOn("networking", "pass-on-a-lead", "That's a great fit for my friend Dana. I'd probably mention it to her at some point if it came up."))).not.toContain(PROMPT);
    expect(covered(feedbackOn("networking", "pass-on-a-lead", "That's a great fit for my friend Dana. I'd text her the posting tonight."))).toContain(PROMPT);
  });
});

describe("a gap in training told as an international graduate tells it", () => {
  it("has its reason in 'caring for my father', and what was done in the exams and an observership", () => {
    const answer = "I spent eighteen months caring for my father after his stroke. During that time I passed Step 2 CK and did an observership in Ohio.";
    expect(covered(feedbackOn("residency", "gap-in-training", answer))).toEqual(
      expect.arrayContaining(["A clear, honest reason, sharing only what you are comfortable sharing about health or family", "What you did during the gap to stay engaged or grow"]),
    );
  });
});
