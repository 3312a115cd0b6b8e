package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

const passage = `Dr. Smith arrived at 9 a.m. sharp. She examined the data carefully! Was the
regression valid? The p-value was 0.03, which looked promising. However, the sample
was small (n = 24), and the confidence intervals were uncomfortably wide. "We need
more observations," she said. Mr. Jones agreed. Simple words help readers. Long,
convoluted, multisyllabic constructions unquestionably diminish comprehensibility.`

var abbreviations = map[string]bool{"dr.": true, "mr.": true, "mrs.": true, "a.m.": true, "p.m.": true, "e.g.": true, "i.e.": true}

type Sentence struct {
	Text  string
	Words []string
}

func SplitSentences(text string) []Sentence {
	fields := strings.Fields(text)
	var out []Sentence
	var cur []string
	for i, f := range fields {
		cur = append(cur, f)
		trimmed := strings.TrimRight(f, `"')`)
		end := strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, "!") || strings.HasSuffix(trimmed, "?")
		if abbreviations[strings.ToLower(f)] {
			// an abbreviation ends a sentence only if the next word is capitalized
			// and is not a name following a title like "Dr."
			isTitle := strings.HasSuffix(strings.ToLower(f), "r.") || strings.ToLower(f) == "mrs."
			end = !isTitle && i+1 < len(fields) && unicode.IsUpper([]rune(fields[i+1])[0])
		}
		if end || i == len(fields)-1 {
			out = append(out, Sentence{strings.Join(cur, " "), wordsOf(cur)})
			cur = nil
		}
	}
	return out
}

var wordRE = regexp.MustCompile(`[A-Za-z]+(?:['-][A-Za-z]+)*`)

func wordsOf(fields []string) []string {
	return wordRE.FindAllString(strings.Join(fields, " "), -1)
}

var vowelGroups = regexp.MustCompile(`[aeiouy]+`)

func Syllables(word string) int {
	w := strings.ToLower(word)
	n := len(vowelGroups.FindAllString(w, -1))
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(n, 1)
}

type Readability struct {
	Sentences, Words, Syllables, Complex int
}

func (r Readability) FleschEase() float64 {
	return 206.835 - 1.015*float64(r.Words)/float64(r.Sentences) - 84.6*float64(r.Syllables)/float64(r.Words)
}

func (r Readability) FleschKincaid() float64 {
	return 0.39*float64(r.Words)/float64(r.Sentences) + 11.8*float64(r.Syllables)/float64(r.Words) - 15.59
}

func (r Readability) Fog() float64 {
	return 0.4 * (float64(r.Words)/float64(r.Sentences) + 100*float64(r.Complex)/float64(r.Words))
}

func main() {
	sents := SplitSentences(passage)
	var r Readability
	r.Sentences = len(sents)
	for i, s := range sents {
		syl := 0
		for _, w := range s.Words {
			n := Syllables(w)
			syl += n
			if n >= 3 {
				r.Complex++
			}
		}
		r.Words += len(s.Words)
		r.Syllables += syl
		fmt.Printf("%2d. [%2dw %2ds] %s\n", i+1, len(s.Words), syl, s.Text)
	}
	fmt.Printf("\nsentences=%d words=%d syllables=%d complex=%d\n", r.Sentences, r.Words, r.Syllables, r.Complex)
	fmt.Printf("Flesch reading ease: %.1f\n", r.FleschEase())
	fmt.Printf("Flesch-Kincaid grade: %.1f\n", r.FleschKincaid())
	fmt.Printf("Gunning fog index:   %.1f\n", r.Fog())
	fmt.Println("\nsyllable samples:")
	for _, w := range []string{"data", "regression", "simple", "table", "observations", "comprehensibility", "the", "promising", "uncomfortably"} {
		fmt.Printf("  %-18s %d\n", w, Syllables(w))
	}
}
