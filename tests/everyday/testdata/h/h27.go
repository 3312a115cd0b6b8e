// h27: aggregate issue-tracker JSON lines into a nested JSON report (tags, omitempty, embedding).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
)

type Issue struct {
	Number    int       `json:"number"`
	Title     string    `json:"title"`
	State     string    `json:"state"`
	Labels    []string  `json:"labels"`
	Assignee  *string   `json:"assignee"` // null means unassigned
	CreatedAt time.Time `json:"created_at"`
	ClosedAt  time.Time `json:"closed_at"`
	Body      string    `json:"-"` // never serialised
}

const feed = `{"number":101,"title":"Crash on empty CSV","state":"closed","labels":["bug","csv"],"assignee":"mia","created_at":"2024-01-03T10:00:00Z","closed_at":"2024-01-05T16:00:00Z"}
{"number":102,"title":"Support TSV","state":"open","labels":["feature","csv"],"assignee":null,"created_at":"2024-01-04T09:00:00Z","closed_at":"0001-01-01T00:00:00Z"}
{"number":103,"title":"JSON numbers lose precision","state":"closed","labels":["bug","json"],"assignee":"raj","created_at":"2024-01-06T12:00:00Z","closed_at":"2024-01-06T18:30:00Z"}
{"number":104,"title":"Docs typo","state":"closed","labels":["docs"],"assignee":"mia","created_at":"2024-01-07T08:00:00Z","closed_at":"2024-01-07T08:20:00Z"}
{"number":105,"title":"Slow regexp in log parser","state":"open","labels":["bug","perf"],"assignee":"raj","created_at":"2024-01-08T14:00:00Z","closed_at":"0001-01-01T00:00:00Z"}
{"number":106,"title":"Add top-N helper","state":"open","labels":[],"assignee":"mia","created_at":"2024-01-09T11:00:00Z","closed_at":"0001-01-01T00:00:00Z"}`

type Counts struct {
	Open   int `json:"open"`
	Closed int `json:"closed"`
}

type LabelReport struct {
	Counts                        // embedded: fields are promoted into this object
	Issues         []int          `json:"issues"`
	MeanHoursToFix float64        `json:"mean_hours_to_fix,omitempty"`
	ByAssignee     map[string]int `json:"by_assignee,omitempty"`
}

type Report struct {
	GeneratedFor string                  `json:"generated_for"`
	Totals       Counts                  `json:"totals"`
	Labels       map[string]*LabelReport `json:"labels"`
	Unassigned   []int                   `json:"unassigned,omitempty"`
	Unlabeled    []int                   `json:"unlabeled,omitempty"`
	OldestOpen   *int                    `json:"oldest_open,omitempty"`
	Version      int64                   `json:"version,string"`
}

func main() {
	rep := Report{GeneratedFor: "2024-W02", Labels: map[string]*LabelReport{}, Version: 9007199254740993}
	hours := map[string][]float64{}
	var oldest *Issue

	sc := bufio.NewScanner(strings.NewReader(feed))
	for sc.Scan() {
		var is Issue
		if err := json.Unmarshal(sc.Bytes(), &is); err != nil {
			fmt.Fprintln(os.Stderr, "bad line:", err)
			continue
		}
		closed := is.State == "closed"
		if closed {
			rep.Totals.Closed++
		} else {
			rep.Totals.Open++
			if oldest == nil || is.CreatedAt.Before(oldest.CreatedAt) {
				oldest = &is
			}
		}
		if is.Assignee == nil {
			rep.Unassigned = append(rep.Unassigned, is.Number)
		}
		if len(is.Labels) == 0 {
			rep.Unlabeled = append(rep.Unlabeled, is.Number)
		}
		for _, l := range is.Labels {
			lr := rep.Labels[l]
			if lr == nil {
				lr = &LabelReport{}
				rep.Labels[l] = lr
			}
			lr.Issues = append(lr.Issues, is.Number)
			if closed {
				lr.Closed++
				hours[l] = append(hours[l], is.ClosedAt.Sub(is.CreatedAt).Hours())
			} else {
				lr.Open++
			}
			if is.Assignee != nil {
				if lr.ByAssignee == nil {
					lr.ByAssignee = map[string]int{}
				}
				lr.ByAssignee[*is.Assignee]++
			}
		}
	}
	for l, hs := range hours {
		var sum float64
		for _, h := range hs {
			sum += h
		}
		rep.Labels[l].MeanHoursToFix = sum / float64(len(hs))
	}
	if oldest != nil {
		rep.OldestOpen = &oldest.Number
	}

	out, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out)) // map keys are emitted in sorted order

	var back map[string]json.RawMessage
	json.Unmarshal(out, &back)
	keys := slices.Sorted(func(y func(string) bool) {
		for k := range back {
			if !y(k) {
				return
			}
		}
	})
	fmt.Println("top-level keys:", keys, "version raw:", string(back["version"]))
}
