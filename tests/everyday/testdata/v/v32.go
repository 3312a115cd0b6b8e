package main

import (
	"fmt"
	"math"
	"time"
)

type Severity int

const (
	OK Severity = iota
	Warn
	Critical
)

func (s Severity) String() string {
	if names := []string{"ok", "WARN", "CRIT"}; s >= 0 && int(s) < len(names) {
		return names[s]
	}
	return "unknown"
}

type Sample struct {
	At    time.Time
	Value float64
}

type Alert struct {
	At              time.Time
	Value, Expected float64
	Sev             Severity
}

type EWMA struct {
	Alpha, mean, variance float64
	primed                bool
}

func (e *EWMA) Update(x float64) (mean, std float64) {
	if !e.primed {
		e.mean, e.primed = x, true
		return e.mean, 0
	}
	diff := x - e.mean
	incr := e.Alpha * diff
	e.mean += incr
	e.variance = (1 - e.Alpha) * (e.variance + diff*incr)
	return e.mean, math.Sqrt(e.variance)
}

func main() {
	start := time.Date(2024, 9, 2, 0, 0, 0, 0, time.UTC)
	step := 5 * time.Minute
	values := []float64{50, 52, 49, 51, 53, 50, 48, 51, 52, 50, 49, 78, 51, 50, 52, 49, 53, 120, 51, 50, 47, 52, 36, 50}
	var samples []Sample
	for i, v := range values {
		samples = append(samples, Sample{start.Add(time.Duration(i) * step), v})
	}

	ew := &EWMA{Alpha: 0.3}
	var alerts []Alert
	sevCount := map[Severity]int{}
	for i, s := range samples {
		prevMean, prevStd := ew.mean, math.Sqrt(ew.variance)
		ew.Update(s.Value)
		if i < 5 {
			continue
		}
		z := math.Abs(s.Value-prevMean) / math.Max(prevStd, 1)
		sev := OK
		switch {
		case z > 6:
			sev = Critical
		case z > 3:
			sev = Warn
		}
		sevCount[sev]++
		if sev != OK {
			alerts = append(alerts, Alert{s.At, s.Value, prevMean, sev})
		}
	}
	fmt.Println("severity counts:", sevCount)
	for _, a := range alerts {
		fmt.Printf("[%v] %s value=%6.1f expected=%6.2f delta=%+7.2f\n",
			a.Sev, a.At.Format("15:04"), a.Value, a.Expected, a.Value-a.Expected)
	}

	// group alerts into incidents if they are within 30 minutes
	type incident struct {
		Start, End time.Time
		Worst      Severity
		N          int
	}
	var incidents []incident
	for _, a := range alerts {
		if n := len(incidents); n > 0 && a.At.Sub(incidents[n-1].End) <= 30*time.Minute {
			inc := &incidents[n-1]
			inc.End = a.At
			inc.N++
			inc.Worst = max(inc.Worst, a.Sev)
			continue
		}
		incidents = append(incidents, incident{a.At, a.At, a.Sev, 1})
	}
	for i, inc := range incidents {
		fmt.Printf("incident %d: %s..%s dur=%v worst=%v alerts=%d\n",
			i+1, inc.Start.Format(time.Kitchen), inc.End.Format(time.Kitchen), inc.End.Sub(inc.Start), inc.Worst, inc.N)
	}

	// downsample to 30-minute max/avg
	fmt.Println("30m buckets:")
	var bucketStart time.Time
	var bmax, bsum float64
	var bn int
	flush := func() {
		if bn > 0 {
			fmt.Printf("  %s max=%6.1f avg=%6.2f n=%d\n", bucketStart.Format("15:04"), bmax, bsum/float64(bn), bn)
		}
	}
	for _, s := range samples {
		b := s.At.Truncate(30 * time.Minute)
		if !b.Equal(bucketStart) {
			flush()
			bucketStart, bmax, bsum, bn = b, math.Inf(-1), 0, 0
		}
		bmax = math.Max(bmax, s.Value)
		bsum += s.Value
		bn++
	}
	flush()
	fmt.Printf("%v %d %q %s\n", Critical, Warn, OK, Severity(7))
	fmt.Printf("final ewma mean=%.4f std=%.4f\n", ew.mean, math.Sqrt(ew.variance))
}
