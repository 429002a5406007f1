extension Languages {
    /// Polish feedback for every criterion: what was observed and the advice, in the words a Polish trainer would use.
    static let polishFeedback: [String: FeedbackText] = [
        // Clarity
        "crammed-steps": FeedbackText(
            message: "W jednym zdaniu upchnięto zbyt wiele kroków.",
            advice: "Każdy krok warto zapisać w osobnym, krótkim zdaniu albo w numerowanym punkcie."),
        "repeated-apologies": FeedbackText(
            message: "Kolejne przeprosiny: „{evidence}”.",
            advice: "Wystarczy przeprosić raz i od razu powiedzieć, co Pan/Pani robi; klient szuka rozwiązania."),
        "says-what-happens-next": FeedbackText(
            message: "Klient wie, co będzie dalej: „{evidence}”.",
            advice: "Dobrze: prosto powiedziane, co teraz nastąpi i kto to zrobi."),
        "says-what-happens-next.when": FeedbackText(
            message: "I kiedy: „{evidence}”.",
            advice: "Termin musi być uczciwy; warto dodać, co klient może zrobić, jeśli się przeciągnie."),
        "discloses-private-number": FeedbackText(
            message: "Tu pada cudzy numer telefonu: „{evidence}”.",
            advice: "Numer zostaje prywatny; lepiej samemu zadzwonić do tej osoby i przekazać jej numer klienta."),
        "ignores-distress": FeedbackText(
            message: "Klient mówi, jak się czuje, a odpowiedź w ogóle tego nie zauważa.",
            advice: "Zacznij od jednego zdania o tym, co czuje klient, jego słowami; potem fakty i rozwiązanie."),
        "hides-behind-policy": FeedbackText(
            message: "Zasłanianie się regulaminem: „{evidence}”.",
            advice: "Lepiej raz, prostymi słowami wyjaśnić zasadę i od razu powiedzieć, co da się zrobić."),
        "lectures-customer": FeedbackText(
            message: "Lekcja na przyszłość: „{evidence}”.",
            advice: "Lepiej nie pouczać; jeśli rada pomoże, warto podać ją jako pomoc teraz: „Gdyby to się powtórzyło, mogę…”."),
        "officialese": FeedbackText(
            message: "Urzędowy język: „{evidence}”.",
            advice: "Lepiej powiedzieć „{plain}” – proste słowa klient zrozumie od razu."),
        "filler-words": FeedbackText(
            message: "Zbędny wypełniacz: „{evidence}”.",
            advice: "Warto to wykreślić – zdanie bez tego mówi dokładnie to samo."),
        "long-sentences": FeedbackText(
            message: "To zdanie jest za długie, by klient mógł je łatwo śledzić.",
            advice: "Lepiej je podzielić: jedna myśl albo jeden krok w zdaniu, najwyżej kilkanaście słów."),
        "ordered-steps": FeedbackText(
            message: "Jasny krok we właściwej kolejności: „{evidence}”.",
            advice: "Tak trzymać: jeden krok w zdaniu, w takiej kolejności, w jakiej klient będzie je wykonywał."),
        "rambling": FeedbackText(
            message: "Odpowiedź jest za długa; od tego miejsca większość klientów już nie czyta.",
            advice: "Najważniejszą informację warto podać na samym początku, a resztę zdecydowanie skrócić."),
        "reading-level+": FeedbackText(
            message: "Tekst czyta się łatwo.",
            advice: "Tak trzymać: krótkie zdania i codzienne słowa."),
        "reading-level-": FeedbackText(
            message: "Tekst jest trudny w odbiorze, a przytoczone zdanie sprawia najwięcej kłopotu.",
            advice: "Warto dzielić długie zdania i zamieniać trudne słowa na codzienne, np. „sprawdzić” zamiast „zweryfikować”."),
        "too-many-questions": FeedbackText(
            message: "Kolejne pytanie w tej samej odpowiedzi: „{evidence}”.",
            advice: "Lepiej zadać jedno pytanie, poczekać na odpowiedź i dopiero wtedy zapytać o następną rzecz."),
        "unexplained-acronyms": FeedbackText(
            message: "Skrót, którego klient może nie znać: „{evidence}”.",
            advice: "Skrót warto rozwinąć albo od razu wyjaśnić w nawiasie, co oznacza."),
        "unexplained-jargon": FeedbackText(
            message: "Termin techniczny, którego klient może nie rozumieć: „{evidence}”.",
            advice: "Warto prostymi słowami powiedzieć, do czego to służy, albo przy pierwszym użyciu wyjaśnić termin w nawiasie."),
        "vague-wording": FeedbackText(
            message: "Niejasne sformułowanie: „{evidence}”.",
            advice: "Lepiej powiedzieć dokładnie, co i gdzie zrobić, albo co zostanie sprawdzone i kiedy klient dostanie odpowiedź."),

        // Empathy
        "acknowledges-feeling.taken-back": FeedbackText(
            message: "Odpowiedź nazywa uczucie, a potem „ale” je odbiera: „{evidence}”.",
            advice: "Warto zostawić uznanie uczuć w całości, bez „ale”, i od razu przejść do tego, co konsultant zrobi."),
        "acknowledges-feeling.specific": FeedbackText(
            message: "Odpowiedź nazywa uczucia klienta i łączy je z jego sytuacją: „{evidence}”.",
            advice: "Tak trzymać: uczucie nazwane razem ze szczegółami klienta pokazuje, że konsultant słuchał."),
        "acknowledges-feeling": FeedbackText(
            message: "Odpowiedź nazywa uczucia klienta: „{evidence}”.",
            advice: "Najmocniej działa uczucie powiązane ze szczegółami sytuacji klienta, np. „Dwa dni bez telefonu to musi być dla Pana bardzo frustrujące”."),
        "blames-customer": FeedbackText(
            message: "Tu wina spada na klienta: „{evidence}”.",
            advice: "Lepiej pominąć, co klient powinien był zrobić, i od razu powiedzieć, co dalej, np. „Włóżmy teraz nową kartę”."),
        "blunt-directives": FeedbackText(
            message: "Polecenie w zbyt ostrym tonie: „{evidence}”.",
            advice: "Warto zamienić je w uprzejmą prośbę albo zwykły krok: „Proszę włożyć nową kartę” lub „Czy mógłby Pan…”."),
        "dismissive": FeedbackText(
            message: "To bagatelizuje problem klienta: „{evidence}”.",
            advice: "Problem jest ważny, bo jest ważny dla klienta; lepiej powiedzieć, co da się zrobić."),
        "explores-situation": FeedbackText(
            message: "Padło pytanie o sytuację klienta: „{evidence}”.",
            advice: "Warto pytać o jedną rzecz naraz i wykorzystać odpowiedź w kolejnym zdaniu."),
        "hollow-sympathy": FeedbackText(
            message: "Same formułki współczucia, bez słowa o tym, co klienta faktycznie spotkało.",
            advice: "Lepiej zastąpić je jednym zdaniem o sytuacji klienta, jego własnymi słowami, a potem przejść do działania."),
        "judges-motives": FeedbackText(
            message: "To ocenia klienta i jego intencje: „{evidence}”.",
            advice: "Prośbę trzeba przyjąć za dobrą monetę i po prostu na nią odpowiedzieć; ocenianie motywów klienta nie należy do konsultanta."),
        "offers-reassurance": FeedbackText(
            message: "Klient usłyszał słowa otuchy: „{evidence}”.",
            advice: "Uspokajające słowa warto poprzeć konkretnym działaniem, żeby były obietnicą, a nie pustą formułką."),
        "personal-commitment": FeedbackText(
            message: "Konsultant osobiście bierze sprawę na siebie: „{evidence}”.",
            advice: "Warto dalej mówić w pierwszej osobie, co się zrobi, np. „Zaraz to dla Pana sprawdzę”."),
        "reflects-situation": FeedbackText(
            message: "Odpowiedź wykorzystuje szczegół podany przez klienta: „{evidence}”.",
            advice: "Takie szczegóły pokazują, że klient został wysłuchany; najlepiej umieścić je w zdaniu, które nazywa jego uczucia."),
        "respectful-address": FeedbackText(
            message: "Zwrot do klienta jest zbyt poufały albo brakuje w nim formy grzecznościowej (Pan / Pani / Państwo).",
            advice: "Do klienta warto zwracać się jak do gościa, formą Pan lub Pani, np. „Czy może Pan…”, „Proszę Pani…”, bez „ty” i poufałych słów."),
        "rude-language": FeedbackText(
            message: "Obraźliwe lub wulgarne słowa: „{evidence}”.",
            advice: "Nie wolno obrażać klienta ani przeklinać; gdy brakuje cierpliwości, lepiej zrobić pauzę, wziąć oddech i wrócić do kolejnego kroku."),
        "sarcasm": FeedbackText(
            message: "To brzmi sarkastycznie: „{evidence}”.",
            advice: "Lepiej mówić wprost: jeśli coś poszło nie tak, nazwać to życzliwie i przejść do rozwiązania."),
        "shouting": FeedbackText(
            message: "To wygląda jak krzyk: „{evidence}”.",
            advice: "Lepiej pisać zwykłymi literami i stawiać najwyżej jeden wykrzyknik; o pilności sprawy niech świadczą same słowa."),
        "stock-sympathy+": FeedbackText(
            message: "Zdanie wyrażające współczucie: „{evidence}”.",
            advice: "Jedno takie zdanie wystarczy; zaraz po nim warto powiedzieć, co zostanie zrobione z problemem."),
        "stock-sympathy": FeedbackText(
            message: "Kolejna gotowa formułka, która nic już nie wnosi: „{evidence}”.",
            advice: "Zamiast powtarzać formułki, lepiej powiedzieć jedno konkretne zdanie o sytuacji klienta."),
        "stock-sympathy-": FeedbackText(
            message: "Nagromadzone formułki brzmią jak wyuczony skrypt: „{evidence}”.",
            advice: "Powtórzenia warto wykreślić; wystarczy raz powiedzieć, co klienta spotkało i co zostanie z tym zrobione."),
        "talks-down": FeedbackText(
            message: "To brzmi protekcjonalnie: „{evidence}”.",
            advice: "Lepiej z tego zrezygnować i wyjaśnić krok cierpliwie, jak za pierwszym razem, bez komentarzy pod adresem klienta."),
        "warm-tone": FeedbackText(
            message: "Uprzejmy akcent: „{evidence}”.",
            advice: "Uprzejmość powinna brzmieć naturalnie; najlepiej działa w parze z konkretnym działaniem."),

        // General
        "empty-reply": FeedbackText(
            message: "Odpowiedź nie zawiera żadnych słów.",
            advice: "Warto przywitać klienta, pokazać, że jego sprawa została usłyszana, i powiedzieć, co będzie dalej."),

        // Resolution
        "answers-the-question": FeedbackText(
            message: "Odpowiedź podejmuje pytanie klienta: „{evidence}”.",
            advice: "Na pytanie najlepiej odpowiedzieć już w pierwszym zdaniu, a potem dodać, co trzeba zrobić."),
        "checks-outcome": FeedbackText(
            message: "Sprawa zostaje domknięta: „{evidence}”.",
            advice: "Przed zakończeniem rozmowy warto upewnić się, że wszystko działa, i powiedzieć, jak się skontaktować, gdyby jednak nie działało."),
        "concrete-next-step": FeedbackText(
            message: "Konkretny następny krok: „{evidence}”.",
            advice: "Dobrze: jest działanie i wiadomo, kto je wykona; warto jeszcze dodać, kiedy to nastąpi."),
        "gives-timeframe": FeedbackText(
            message: "Padł konkretny termin: „{evidence}”.",
            advice: "Terminy powinny być uczciwe i konkretne; warto też powiedzieć, co się stanie, jeśli coś się opóźni."),
        "ignores-the-question": FeedbackText(
            message: "Klient zadał pytanie, a odpowiedź w ogóle do niego nie nawiązuje.",
            advice: "Najpierw trzeba odpowiedzieć na pytanie klienta, jego słowami, a dopiero potem przejść do reszty."),
        "no-next-step": FeedbackText(
            message: "Brak konkretnego następnego kroku: nie wiadomo, co zrobi konsultant ani co ma zrobić klient.",
            advice: "Warto dodać jedno działanie z czasownikiem i wykonawcą: „Jeszcze dziś wyślę Panu nową kartę” albo „Proszę teraz włożyć nową kartę”."),
        "passes-the-buck": FeedbackText(
            message: "Klient zostaje odesłany gdzie indziej: „{evidence}”.",
            advice: "Przekazanie sprawy lepiej wziąć na siebie: „Zaraz przekażę to do działu rozliczeń i oddzwonię do Pana przed 17:00”."),
        "refusal-without-alternative": FeedbackText(
            message: "Odmowa bez żadnej alternatywy: „{evidence}”.",
            advice: "Warto krótko podać powód i od razu powiedzieć, co można zrobić: „Nie mogę podać jego numeru, ale mogę do niego zadzwonić w Pana imieniu”."),
        "refuses-with-alternative": FeedbackText(
            message: "Zasada została zachowana, a klient dostał inną możliwość: „{evidence}”.",
            advice: "Tak trzymać: odmowa krótka, alternatywa konkretna."),
        "takes-ownership": FeedbackText(
            message: "Odpowiedzialność za następny krok wyraźnie spoczywa na konsultancie: „{evidence}”.",
            advice: "Tak trzymać: mówić, co konkretnie się zrobi, i zapowiedzieć, że potem sprawdzi się, czy to zadziałało."),
    ]
}
