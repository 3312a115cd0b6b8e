package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

const events = `ts,user,action,latency_ms
2024-06-01T09:02:11Z,u1,login,120
2024-06-01T09:15:40Z,u1,view,35
2024-06-01T09:17:02Z,u2,login,98
2024-06-01T09:58:59Z,u1,view,41
2024-06-01T10:05:00Z,u2,purchase,310
2024-06-01T11:45:30Z,u1,view,38
2024-06-01T12:10:00Z,u3,login,150
2024-06-01T12:12:30Z,u3,view,29
2024-06-01T12:50:00Z,u1,logout,12
2024-06-01T12:55:00Z,u3,purchase,280
`

type Event struct {
	At      time.Time
	User    string
	Action  string
	Latency time.Duration
}

type Bucket struct {
	Count int
	Total time.Duration
}

func readEvents(r io.Reader) ([]Event, error) {
	cr := csv.NewReader(r)
	if _, err := cr.Read(); err != nil {
		return nil, err
	}
	var evs []Event
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		t, err := time.Parse(time.RFC3339, rec[0])
		if err != nil {
			return nil, err
		}
		ms, _ := strconv.Atoi(rec[3])
		evs = append(evs, Event{t, rec[1], rec[2], time.Duration(ms) * time.Millisecond})
	}
	return evs, nil
}

func main() {
	evs, err := readEvents(strings.NewReader(events))
	if err != nil {
		fmt.Println(err)
		return
	}
	buckets := map[time.Time]*Bucket{}
	for _, e := range evs {
		h := e.At.Truncate(time.Hour)
		if buckets[h] == nil {
			buckets[h] = &Bucket{}
		}
		buckets[h].Count++
		buckets[h].Total += e.Latency
	}
	first, last := evs[0].At.Truncate(time.Hour), evs[len(evs)-1].At.Truncate(time.Hour)
	for h := first; !h.After(last); h = h.Add(time.Hour) {
		b, ok := buckets[h]
		if !ok {
			fmt.Printf("%s  %2d  %s\n", h.Format("15:04"), 0, "-")
			continue
		}
		avg := b.Total / time.Duration(b.Count)
		fmt.Printf("%s  %2d  avg=%v %s\n", h.Format("15:04"), b.Count, avg, strings.Repeat("*", b.Count))
	}
	byUser := map[string][]Event{}
	for _, e := range evs {
		byUser[e.User] = append(byUser[e.User], e)
	}
	const gap = 30 * time.Minute
	for _, u := range slices.Sorted(maps.Keys(byUser)) {
		list, sessions, start := byUser[u], 1, byUser[u][0].At
		var spans []string
		for i := 1; i < len(list); i++ {
			if list[i].At.Sub(list[i-1].At) > gap {
				spans = append(spans, list[i-1].At.Sub(start).String())
				sessions++
				start = list[i].At
			}
		}
		spans = append(spans, list[len(list)-1].At.Sub(start).String())
		fmt.Printf("%s: events=%d sessions=%d spans=%v\n", u, len(list), sessions, spans)
	}
	for _, p := range evs {
		if p.Action != "purchase" {
			continue
		}
		var loginAt time.Time
		for _, e := range byUser[p.User] {
			if e.Action == "login" && e.At.Before(p.At) {
				loginAt = e.At
			}
		}
		fmt.Printf("%s purchased %v after login (at %s)\n", p.User, p.At.Sub(loginAt), p.At.Format(time.DateTime))
	}
	span := evs[len(evs)-1].At.Sub(evs[0].At)
	fmt.Printf("window %v, rate %.2f events/hour\n", span, float64(len(evs))/span.Hours())
}
