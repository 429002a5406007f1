extension Languages {
    /// Danish feedback for every criterion: what was observed and the advice, in the words a Danish trainer would use.
    static let danishFeedback: [String: FeedbackText] = [
        // Clarity
        "crammed-steps": FeedbackText(
            message: "Der er presset for mange trin ind i én sætning.",
            advice: "Giv hvert trin sin egen korte sætning eller sin egen nummererede linje."),
        "repeated-apologies": FeedbackText(
            message: "Endnu en undskyldning: »{evidence}«.",
            advice: "Undskyld én gang, og sig så, hvad du gør ved det; kunden leder efter løsningen."),
        "says-what-happens-next": FeedbackText(
            message: "Kunden ved, hvad der sker nu: »{evidence}«.",
            advice: "Godt: sig enkelt den ene ting, der sker nu, og hvem der gør den."),
        "says-what-happens-next.when": FeedbackText(
            message: "Og hvornår: »{evidence}«.",
            advice: "Hold tidspunktet ærligt, og sig, hvad kunden kan gøre, hvis det trækker ud."),
        "discloses-private-number": FeedbackText(
            message: "Her gives en andens telefonnummer ud: »{evidence}«.",
            advice: "Nummeret forbliver privat; ring selv til personen, og giv kundens nummer videre."),
        "ignores-distress": FeedbackText(
            message: "Kunden siger, hvordan de har det, og svaret lægger slet ikke mærke til det.",
            advice: "Begynd med én sætning om, hvordan kunden har det, med deres ord; derefter fakta og løsningen."),
        "hides-behind-policy": FeedbackText(
            message: "Svaret gemmer sig bag reglerne: »{evidence}«.",
            advice: "Forklar reglen én gang med almindelige ord, og sig så, hvad du kan gøre for kunden nu."),
        "lectures-customer": FeedbackText(
            message: "En lektie til næste gang: »{evidence}«.",
            advice: "Drop belæringen; hvis et tip kan hjælpe, så giv det som hjælp nu: »Hvis det sker igen, kan jeg …«."),
        "officialese": FeedbackText(
            message: "Kancellisprog: »{evidence}«.",
            advice: "Sig »{plain}« i stedet; enkle ord forstår kunden med det samme."),
        "filler-words": FeedbackText(
            message: "Fyldord: »{evidence}«.",
            advice: "Stryg det; sætningen siger præcis det samme uden."),
        "long-sentences": FeedbackText(
            message: "Sætningen er for lang til, at kunden let kan følge den.",
            advice: "Del den op, så hver sætning rummer én idé eller ét trin, gerne omkring 15 ord."),
        "ordered-steps": FeedbackText(
            message: "Et klart trin i den rigtige rækkefølge: »{evidence}«.",
            advice: "Bliv ved med ét trin pr. sætning, i den rækkefølge kunden skal udføre dem."),
        "rambling": FeedbackText(
            message: "Svaret er for langt; herfra læser de fleste kunder ikke med.",
            advice: "Sig det vigtigste først, og skær resten kraftigt ned."),
        "reading-level+": FeedbackText(
            message: "Teksten er let at læse.",
            advice: "Hold fast i korte sætninger og hverdagsord."),
        "reading-level-": FeedbackText(
            message: "Teksten er tung at læse, og den citerede sætning er den sværeste.",
            advice: "Del de lange sætninger op, og skift tunge ord ud med hverdagsord, fx »bruge« frem for »anvende«."),
        "too-many-questions": FeedbackText(
            message: "Endnu et spørgsmål i samme svar: »{evidence}«.",
            advice: "Stil ét spørgsmål ad gangen, vent på svaret, og stil så det næste."),
        "unexplained-acronyms": FeedbackText(
            message: "En forkortelse, som kunden måske ikke kender: »{evidence}«.",
            advice: "Skriv forkortelsen helt ud, eller forklar i en parentes, hvad den står for."),
        "unexplained-jargon": FeedbackText(
            message: "Et fagudtryk, som kunden måske ikke forstår: »{evidence}«.",
            advice: "Forklar med hverdagsord, hvad det gør, eller sæt en kort forklaring i parentes første gang, du bruger det."),
        "vague-wording": FeedbackText(
            message: "Uklar formulering: »{evidence}«.",
            advice: "Sig præcis, hvad kunden skal gøre og hvor, eller hvad du vil undersøge, og hvornår kunden hører fra dig."),

        // Empathy
        "acknowledges-feeling.taken-back": FeedbackText(
            message: "Du satte ord på følelsen, men et »men« tog den tilbage: »{evidence}«.",
            advice: "Lad anerkendelsen stå alene: drop »men« og gå direkte til det, du vil gøre."),
        "acknowledges-feeling.specific": FeedbackText(
            message: "Du satte ord på kundens følelse og koblede den til situationen: »{evidence}«.",
            advice: "Bliv ved med det: en følelse nævnt med kundens egne detaljer viser, at du har lyttet."),
        "acknowledges-feeling": FeedbackText(
            message: "Du satte ord på kundens følelse: »{evidence}«.",
            advice: "Det virker stærkest, når følelsen kobles til kundens egen situation, fx »to dage uden telefon må være virkelig frustrerende«."),
        "blames-customer": FeedbackText(
            message: "Her lægges skylden på kunden: »{evidence}«.",
            advice: "Lad være med at sige, hvad kunden burde have gjort, og sig i stedet, hvad der sker nu, fx »Lad os sætte det nye kort i nu«."),
        "blunt-directives": FeedbackText(
            message: "En kontant ordre: »{evidence}«.",
            advice: "Gør det til et trin eller en venlig opfordring: »Sæt venligst det nye kort i« eller »Vil du…«."),
        "dismissive": FeedbackText(
            message: "Her bliver kundens problem affejet: »{evidence}«.",
            advice: "Tag problemet alvorligt, for det er vigtigt for kunden, og sig, hvad du kan gøre."),
        "explores-situation": FeedbackText(
            message: "Du spurgte ind til kundens situation: »{evidence}«.",
            advice: "Stil ét spørgsmål ad gangen, og brug svaret i din næste sætning."),
        "hollow-sympathy": FeedbackText(
            message: "Standardfraser om medfølelse, som aldrig rører ved det, kunden faktisk står i.",
            advice: "Skift standardfraserne ud med én sætning om kundens situation, med kundens egne ord, og gå så videre til handlingen."),
        "judges-motives": FeedbackText(
            message: "Her bliver kunden og kundens motiver bedømt: »{evidence}«.",
            advice: "Tag henvendelsen for pålydende, og svar på den; det er ikke din opgave at dømme kundens motiver."),
        "offers-reassurance": FeedbackText(
            message: "Du beroligede kunden: »{evidence}«.",
            advice: "Bak beroligelsen op med en konkret handling, så den bliver et løfte og ikke bare en frase."),
        "personal-commitment": FeedbackText(
            message: "Du tog selv sagen på dig: »{evidence}«.",
            advice: "Bliv ved med at sige i første person, hvad du gør, fx »Jeg tjekker det for dig nu«."),
        "reflects-situation": FeedbackText(
            message: "Du brugte en detalje, som kunden selv nævnte: »{evidence}«.",
            advice: "Den slags detaljer viser, at du har lyttet; brug dem gerne i den sætning, hvor du anerkender kundens følelse."),
        "respectful-address": FeedbackText(
            message: "For familiær tiltale: »{evidence}«.",
            advice: "Tal til kunden høfligt og neutralt, gerne med navn, og drop kælenavne og kammeratlige ord som »skat« og »makker«."),
        "rude-language": FeedbackText(
            message: "Groft eller fornærmende sprog: »{evidence}«.",
            advice: "Du må aldrig fornærme eller bande; hvis tålmodigheden slipper op, så hold en pause, træk vejret, og gå videre til næste trin."),
        "sarcasm": FeedbackText(
            message: "Det her lyder sarkastisk: »{evidence}«.",
            advice: "Sig det ligeud; er noget gået galt, så sig det venligt, og gå videre til løsningen."),
        "shouting": FeedbackText(
            message: "Det her læses som råb: »{evidence}«.",
            advice: "Skriv med almindelige store og små bogstaver og højst ét udråbstegn; lad ordene selv vise, at det haster."),
        "stock-sympathy+": FeedbackText(
            message: "En medfølende sætning: »{evidence}«.",
            advice: "Én er nok; følg den op med, hvad du vil gøre ved problemet."),
        "stock-sympathy": FeedbackText(
            message: "Endnu en standardfrase, som ikke tilføjer noget: »{evidence}«.",
            advice: "Erstat gentagne standardfraser med én konkret sætning om kundens situation."),
        "stock-sympathy-": FeedbackText(
            message: "Ophobede standardfraser lyder, som om de bliver læst op: »{evidence}«.",
            advice: "Skær gentagelserne væk, og sig én gang, hvad der er sket for kunden, og hvad du gør ved det."),
        "talks-down": FeedbackText(
            message: "Det her taler ned til kunden: »{evidence}«.",
            advice: "Drop det, og forklar trinnet tålmodigt, som var det første gang, uden kommentarer om kunden."),
        "warm-tone": FeedbackText(
            message: "En høflig detalje: »{evidence}«.",
            advice: "Hold det naturligt; venlighed virker bedst sammen med en konkret handling."),

        // General
        "empty-reply": FeedbackText(
            message: "Svaret indeholder ingen ord.",
            advice: "Hils på kunden, vis, at du har forstået henvendelsen, og sig, hvad der sker nu."),

        // Resolution
        "answers-the-question": FeedbackText(
            message: "Du tager fat i kundens spørgsmål: »{evidence}«.",
            advice: "Svar på spørgsmålet i din første sætning, og fortæl derefter, hvad kunden skal gøre."),
        "checks-outcome": FeedbackText(
            message: "Du følger op og lukker sagen ordentligt: »{evidence}«.",
            advice: "Tjek, at det virker, før du afslutter samtalen, og sig, hvordan kunden kan få fat i dig, hvis det ikke gør."),
        "concrete-next-step": FeedbackText(
            message: "Et konkret næste skridt: »{evidence}«.",
            advice: "Godt: både handlingen og hvem der udfører den er nævnt; tilføj også, hvornår det sker."),
        "gives-timeframe": FeedbackText(
            message: "Du sagde, hvornår det sker: »{evidence}«.",
            advice: "Hold tidsangivelser ærlige og præcise, og sig, hvad der sker, hvis det trækker ud."),
        "ignores-the-question": FeedbackText(
            message: "Kunden stillede et spørgsmål, men svaret tager det slet ikke op.",
            advice: "Svar først på kundens spørgsmål, gerne med kundens egne ord, før du går videre."),
        "no-next-step": FeedbackText(
            message: "Intet konkret næste skridt: hverken noget, du vil gøre, eller noget, kunden skal gøre.",
            advice: "Tilføj én handling med et udsagnsord og en ansvarlig: »Jeg sender dig et nyt kort i dag« eller »Sæt det nye kort i nu«."),
        "passes-the-buck": FeedbackText(
            message: "Her bliver kunden sendt videre: »{evidence}«.",
            advice: "Stå selv for overdragelsen: »Jeg giver det videre til faktureringsafdelingen nu og ringer dig op inden kl. 17«."),
        "refusal-without-alternative": FeedbackText(
            message: "Et afslag uden noget andet at tilbyde: »{evidence}«.",
            advice: "Forklar kort hvorfor, og sig så, hvad du kan gøre: »Jeg kan ikke give dig hans nummer, men jeg kan ringe til ham for dig«."),
        "refuses-with-alternative": FeedbackText(
            message: "Du holdt fast i reglen og tilbød en anden vej: »{evidence}«.",
            advice: "Fortsæt sådan: et kort afslag og et konkret alternativ."),
        "takes-ownership": FeedbackText(
            message: "Du tager ejerskab over næste skridt: »{evidence}«.",
            advice: "Bliv ved med at tage ejerskab: sig, hvad du gør, og at du vil tjekke, at det virkede."),
    ]
}
