package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Sample struct {
	ID     int
	Label  string
	Region string
	Score  float64
}

type Dataset []Sample

func (d Dataset) ClassBalance() map[string]int {
	m := map[string]int{}
	for _, s := range d {
		m[s.Label]++
	}
	return m
}

func makeData(rng *rand.Rand) Dataset {
	labels := []string{"churn", "stay", "stay", "stay", "upgrade", "stay", "churn", "stay"}
	regions := []string{"north", "south", "east", "west"}
	var d Dataset
	for i := 0; i < 96; i++ {
		d = append(d, Sample{i, labels[rng.IntN(len(labels))], regions[rng.IntN(len(regions))], float64(rng.IntN(1000)) / 10})
	}
	return d
}

// StratifiedSplit shuffles within each label and sends testFrac of each stratum to test.
func StratifiedSplit(rng *rand.Rand, d Dataset, testFrac float64) (train, test Dataset) {
	strata := map[string]Dataset{}
	for _, s := range d {
		strata[s.Label] = append(strata[s.Label], s)
	}
	labels := make([]string, 0, len(strata))
	for l := range strata {
		labels = append(labels, l)
	}
	sort.Strings(labels) // deterministic order of RNG consumption
	for _, l := range labels {
		g := strata[l]
		rng.Shuffle(len(g), func(i, j int) { g[i], g[j] = g[j], g[i] })
		nTest := int(float64(len(g))*testFrac + 0.5)
		test = append(test, g[:nTest]...)
		train = append(train, g[nTest:]...)
	}
	sort.Slice(train, func(i, j int) bool { return train[i].ID < train[j].ID })
	sort.Slice(test, func(i, j int) bool { return test[i].ID < test[j].ID })
	return
}

// NaiveSplit takes a random permutation and cuts it, ignoring labels.
func NaiveSplit(rng *rand.Rand, d Dataset, testFrac float64) (train, test Dataset) {
	perm := rng.Perm(len(d))
	nTest := int(float64(len(d))*testFrac + 0.5)
	for i, p := range perm {
		if i < nTest {
			test = append(test, d[p])
		} else {
			train = append(train, d[p])
		}
	}
	return
}

func report(name string, full, train, test Dataset) {
	labels := []string{"churn", "stay", "upgrade"}
	fb, trb, teb := full.ClassBalance(), train.ClassBalance(), test.ClassBalance()
	fmt.Printf("%s: train=%d test=%d\n", name, len(train), len(test))
	fmt.Printf("  %-8s %7s %7s %7s %8s\n", "label", "full%", "train%", "test%", "abs_dev")
	maxDev := 0.0
	for _, l := range labels {
		f := 100 * float64(fb[l]) / float64(len(full))
		tr := 100 * float64(trb[l]) / float64(len(train))
		te := 100 * float64(teb[l]) / float64(len(test))
		dev := te - f
		if dev < 0 {
			dev = -dev
		}
		maxDev = max(maxDev, dev)
		fmt.Printf("  %-8s %7.2f %7.2f %7.2f %8.2f\n", l, f, tr, te, dev)
	}
	fmt.Printf("  max deviation of test from full: %.2f pp\n\n", maxDev)
}

func main() {
	rng := rand.New(rand.NewPCG(3, 4))
	data := makeData(rng)
	bal := data.ClassBalance()
	fmt.Printf("dataset: %d rows; churn=%d stay=%d upgrade=%d\n\n", len(data), bal["churn"], bal["stay"], bal["upgrade"])

	tr, te := StratifiedSplit(rng, data, 0.25)
	report("stratified split", data, tr, te)
	ntr, nte := NaiveSplit(rng, data, 0.25)
	report("naive split", data, ntr, nte)

	ids := make([]string, 0, 12)
	for _, s := range te[:12] {
		ids = append(ids, fmt.Sprint(s.ID))
	}
	fmt.Println("first 12 stratified test ids:", strings.Join(ids, " "))

	// leakage check: no ID in both sets
	seen := map[int]bool{}
	for _, s := range tr {
		seen[s.ID] = true
	}
	overlap := 0
	for _, s := range te {
		if seen[s.ID] {
			overlap++
		}
	}
	fmt.Printf("train/test overlap: %d, union covers all rows: %v\n", overlap, len(tr)+len(te) == len(data))
}
