package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"sort"
	"strconv"
	"strings"
)

// Wide-format survey scores: one row per respondent, one column per question.
const wide = `respondent,segment,q1_ease,q2_speed,q3_support,q4_value
R1,consumer,4,5,3,4
R2,consumer,3,,4,2
R3,business,5,4,5,5
R4,business,2,3,,3
R5,consumer,5,5,4,
R6,business,4,4,4,4
R7,consumer,1,2,2,1
`

// Long is the tidy "melted" representation.
type Long struct {
	ID, Segment, Question string
	Value                 int
}

type LongTable []Long

// Melt converts wide -> long, dropping empty cells (melt + dropna).
func Melt(src string, idVars int) (LongTable, []string, int) {
	rows, err := csv.NewReader(strings.NewReader(src)).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	header := rows[0]
	var out LongTable
	missing := 0
	for _, r := range rows[1:] {
		for j := idVars; j < len(r); j++ {
			if r[j] == "" {
				missing++
				continue
			}
			v, err := strconv.Atoi(r[j])
			if err != nil {
				log.Fatal(err)
			}
			out = append(out, Long{r[0], r[1], header[j], v})
		}
	}
	return out, header[idVars:], missing
}

// Pivot converts long -> wide again, averaging by (segment, question).
func (lt LongTable) PivotMean() (segments []string, grid map[string]map[string]float64) {
	sums := map[string]map[string][2]float64{}
	for _, l := range lt {
		if sums[l.Segment] == nil {
			sums[l.Segment] = map[string][2]float64{}
		}
		s := sums[l.Segment][l.Question]
		sums[l.Segment][l.Question] = [2]float64{s[0] + float64(l.Value), s[1] + 1}
	}
	grid = map[string]map[string]float64{}
	for seg, qs := range sums {
		segments = append(segments, seg)
		grid[seg] = map[string]float64{}
		for q, s := range qs {
			grid[seg][q] = s[0] / s[1]
		}
	}
	sort.Strings(segments)
	return
}

func main() {
	long, questions, missing := Melt(wide, 2)
	fmt.Printf("melted: %d rows (dropped %d empty cells)\n", len(long), missing)
	fmt.Println("first 8 rows:")
	fmt.Printf("  %-4s %-9s %-11s %s\n", "id", "segment", "question", "value")
	for _, l := range long[:8] {
		fmt.Printf("  %-4s %-9s %-11s %d\n", l.ID, l.Segment, l.Question, l.Value)
	}

	segs, grid := long.PivotMean()
	fmt.Println("\npivot (mean score by segment x question):")
	fmt.Printf("  %-9s", "")
	for _, q := range questions {
		fmt.Printf(" %10s", q)
	}
	fmt.Println()
	for _, s := range segs {
		fmt.Printf("  %-9s", s)
		for _, q := range questions {
			fmt.Printf(" %10.2f", grid[s][q])
		}
		fmt.Println()
	}

	// Top-2-box share per question: proportion of answers >= 4
	fmt.Println("\ntop-2-box (score >= 4):")
	for _, q := range questions {
		n, top := 0, 0
		for _, l := range long {
			if l.Question == q {
				n++
				if l.Value >= 4 {
					top++
				}
			}
		}
		pct := 100 * float64(top) / float64(n)
		fmt.Printf("  %-11s %d/%d %5.1f%% %s\n", q, top, n, pct, strings.Repeat("#", top))
	}

	// Per-respondent mean across answered questions (groupby id)
	type agg struct{ sum, n int }
	per := map[string]*agg{}
	for _, l := range long {
		if per[l.ID] == nil {
			per[l.ID] = &agg{}
		}
		per[l.ID].sum += l.Value
		per[l.ID].n++
	}
	ids := make([]string, 0, len(per))
	for id := range per {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		mi := float64(per[ids[i]].sum) / float64(per[ids[i]].n)
		mj := float64(per[ids[j]].sum) / float64(per[ids[j]].n)
		if mi != mj {
			return mi > mj
		}
		return ids[i] < ids[j]
	})
	fmt.Println("\nrespondents by mean score:")
	for _, id := range ids {
		a := per[id]
		fmt.Printf("  %s answered=%d mean=%.2f\n", id, a.n, float64(a.sum)/float64(a.n))
	}
}
