// Leaderboard ranking with ties: competition, dense, and percentile ranks; stable multi-key sort.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type AgentID int64

func (a AgentID) String() string { return fmt.Sprintf("A%02d", int64(a)) }

type Agent struct {
	ID       AgentID
	Team     string
	Resolved int
	CSAT     float64
	AvgMins  float64
}

type Ranked struct {
	Agent
	Competition int
	Dense       int
	Percentile  float64
}

func rank(as []Agent, score func(Agent) int) []Ranked {
	s := slices.Clone(as)
	// Stable: ties keep the original input order (seniority).
	slices.SortStableFunc(s, func(a, b Agent) int { return cmp.Compare(score(b), score(a)) })
	out := make([]Ranked, len(s))
	dense := 0
	for i, a := range s {
		comp := i + 1
		if i > 0 && score(a) == score(s[i-1]) {
			comp = out[i-1].Competition
		} else {
			dense++
		}
		below := 0
		for _, b := range s {
			if score(b) < score(a) {
				below++
			}
		}
		out[i] = Ranked{a, comp, dense, 100 * float64(below) / float64(len(s)-1)}
	}
	return out
}

func main() {
	teams := []string{"red", "blue", "green"}
	var agents []Agent
	for i := 1; i <= 16; i++ {
		agents = append(agents, Agent{
			ID:       AgentID(i),
			Team:     teams[i%3],
			Resolved: 40 + (i*37)%25 - (i%4)*3,
			CSAT:     3.5 + float64((i*11)%15)/10,
			AvgMins:  8 + float64((i*7)%10),
		})
	}
	agents[5].Resolved = agents[2].Resolved // force ties
	agents[9].Resolved = agents[2].Resolved

	ranked := rank(agents, func(a Agent) int { return a.Resolved })
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "comp\tdense\tpctile\tagent\tteam\tresolved\tcsat\tavg_min")
	for _, r := range ranked {
		fmt.Fprintf(w, "%d\t%d\t%.1f\t%v\t%s\t%d\t%.1f\t%.0f\n", r.Competition, r.Dense, r.Percentile, r.ID, r.Team, r.Resolved, r.CSAT, r.AvgMins)
	}
	w.Flush()

	// Multi-key: CSAT desc, then AvgMins asc, then ID.
	byQuality := slices.Clone(agents)
	slices.SortFunc(byQuality, func(a, b Agent) int {
		return cmp.Or(cmp.Compare(b.CSAT, a.CSAT), cmp.Compare(a.AvgMins, b.AvgMins), cmp.Compare(a.ID, b.ID))
	})
	ids := make([]string, 5)
	for i, a := range byQuality[:5] {
		ids[i] = fmt.Sprintf("%v(%.1f/%.0fm)", a.ID, a.CSAT, a.AvgMins)
	}
	fmt.Println("\ntop quality:", strings.Join(ids, ", "))

	// Team leaderboard: mean rank per team.
	sumRank := map[string]int{}
	cnt := map[string]int{}
	for _, r := range ranked {
		sumRank[r.Team] += r.Competition
		cnt[r.Team]++
	}
	slices.SortFunc(teams, func(a, b string) int {
		ra := float64(sumRank[a]) / float64(cnt[a])
		rb := float64(sumRank[b]) / float64(cnt[b])
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(a, b))
	})
	fmt.Println("teams by mean rank:")
	for i, t := range teams {
		fmt.Printf("  %d. %-5s agents=%d mean_rank=%.2f\n", i+1, t, cnt[t], float64(sumRank[t])/float64(cnt[t]))
	}
	fmt.Printf("record: %+v\n", ranked[0])
}
