package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Response struct {
	Segment string
	Q1      int // satisfaction 1-5
	Channel string
}

func mode(xs []int) (int, int) {
	counts := map[int]int{}
	for _, x := range xs {
		counts[x]++
	}
	best, bestN := 0, -1
	for v, n := range counts {
		if n > bestN || (n == bestN && v < best) {
			best, bestN = v, n
		}
	}
	return best, bestN
}

func main() {
	raw := "smb:5:web smb:4:web smb:3:app ent:2:web ent:3:web ent:4:app smb:5:app " +
		"ent:1:web smb:4:web ent:2:app smb:4:app smb:5:web ent:3:app ent:2:web " +
		"smb:3:web smb:4:app ent:4:web ent:5:app smb:2:web ent:3:web"
	var resp []Response
	for _, tok := range strings.Fields(raw) {
		parts := strings.Split(tok, ":")
		var r Response
		r.Segment, r.Channel = parts[0], parts[2]
		fmt.Sscan(parts[1], &r.Q1)
		resp = append(resp, r)
	}
	fmt.Println("responses:", len(resp))

	bySeg := map[string][]int{}
	for _, r := range resp {
		bySeg[r.Segment] = append(bySeg[r.Segment], r.Q1)
	}
	for _, seg := range []string{"ent", "smb"} {
		xs := bySeg[seg]
		sum := 0
		promoters, detractors := 0, 0
		dist := make([]int, 6)
		for _, x := range xs {
			sum += x
			dist[x]++
			switch {
			case x >= 5:
				promoters++
			case x <= 2:
				detractors++
			}
		}
		m, mc := mode(xs)
		nps := float64(promoters-detractors) / float64(len(xs)) * 100
		fmt.Printf("%s n=%d mean=%.2f mode=%d(x%d) top2box=%.0f%% netscore=%+.1f\n",
			seg, len(xs), float64(sum)/float64(len(xs)), m, mc, float64(dist[4]+dist[5])/float64(len(xs))*100, nps)
		for score := 5; score >= 1; score-- {
			fmt.Printf("   %d | %-10s %d\n", score, strings.Repeat("■", dist[score]*2), dist[score])
		}
	}

	// crosstab segment x satisfied(>=4) and chi-square test of independence
	rows := []string{"ent", "smb"}
	cols := []string{"satisfied", "not"}
	var obs [2][2]float64
	for _, r := range resp {
		i := slices.Index(rows, r.Segment)
		j := 1
		if r.Q1 >= 4 {
			j = 0
		}
		obs[i][j]++
	}
	var rowT, colT [2]float64
	var n float64
	for i := range 2 {
		for j := range 2 {
			rowT[i] += obs[i][j]
			colT[j] += obs[i][j]
			n += obs[i][j]
		}
	}
	fmt.Printf("\n%-5s %10s %10s %6s\n", "", cols[0], cols[1], "total")
	chi := 0.0
	for i := range 2 {
		fmt.Printf("%-5s", rows[i])
		for j := range 2 {
			exp := rowT[i] * colT[j] / n
			chi += (obs[i][j] - exp) * (obs[i][j] - exp) / exp
			fmt.Printf(" %4.0f(%4.1f)", obs[i][j], exp)
		}
		fmt.Printf(" %6.0f\n", rowT[i])
	}
	// p-value for chi-square with 1 dof: P(X > chi) = erfc(sqrt(chi/2))
	p := math.Erfc(math.Sqrt(chi / 2))
	fmt.Printf("chi2=%.4f dof=1 p=%.4f independent@5%%=%t\n", chi, p, p > 0.05)

	// channel x segment means
	type cell struct {
		sum, n int
	}
	ct := map[[2]string]cell{}
	for _, r := range resp {
		k := [2]string{r.Segment, r.Channel}
		c := ct[k]
		c.sum += r.Q1
		c.n++
		ct[k] = c
	}
	for _, s := range rows {
		for _, ch := range []string{"app", "web"} {
			c := ct[[2]string{s, ch}]
			fmt.Printf("%s/%s: mean %.2f (n=%d)\n", s, ch, float64(c.sum)/float64(c.n), c.n)
		}
	}
}
