// h30: decode analytics beacon query strings (url.ParseQuery) into typed events with validation.
package main

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

const beacons = `/b?e=view&uid=u1&ts=1717200000&page=%2Fhome&vw=1280
/b?e=click&uid=u1&ts=1717200004&page=%2Fhome&target=signup-btn&x=640&y=88
/b?e=view&uid=u2&ts=1717200010&page=%2Fpricing&vw=390&ref=https%3A%2F%2Fnews.example%2F%3Fid%3D7
/b?e=click&uid=u2&ts=1717200015&page=%2Fpricing&target=plan-pro&x=12&y=900
/b?e=scroll&uid=u2&ts=1717200020&page=%2Fpricing&depth=0.75
/b?e=click&uid=&ts=1717200030&page=%2Fhome&target=logo
/b?e=view&uid=u3&ts=notatime&page=%2Fdocs
/b?e=view&uid=u3&ts=1717200040&page=%2Fdocs&vw=1920&tag=a&tag=b
/b?e=view;uid=u4
/b?e=purchase&uid=u1&ts=1717200100&page=%2Fcheckout&amount=49.00&currency=EUR`

type Event struct {
	Kind   string
	UID    string
	TS     int64
	Page   string
	Extras map[string]string
}

var required = []string{"e", "uid", "ts", "page"}

func decode(raw string) (Event, error) {
	_, query, _ := strings.Cut(raw, "?")
	q, err := url.ParseQuery(query)
	if err != nil {
		return Event{}, fmt.Errorf("query: %w", err)
	}
	var errs []error
	for _, k := range required {
		if q.Get(k) == "" {
			errs = append(errs, fmt.Errorf("missing %q", k))
		}
	}
	ts, err := strconv.ParseInt(q.Get("ts"), 10, 64)
	if err != nil && q.Get("ts") != "" {
		errs = append(errs, fmt.Errorf("ts: %w", err))
	}
	if len(errs) > 0 {
		return Event{}, errors.Join(errs...)
	}
	ev := Event{Kind: q.Get("e"), UID: q.Get("uid"), TS: ts, Page: q.Get("page"), Extras: map[string]string{}}
	for k, vs := range q {
		if !slices.Contains(required, k) {
			ev.Extras[k] = strings.Join(vs, "|")
		}
	}
	return ev, nil
}

func main() {
	var events []Event
	for i, line := range strings.Split(beacons, "\n") {
		ev, err := decode(line)
		if err != nil {
			fmt.Printf("beacon %d rejected: %s\n", i+1, strings.ReplaceAll(err.Error(), "\n", "; "))
			continue
		}
		events = append(events, ev)
	}
	fmt.Printf("\naccepted %d events\n\n", len(events))

	for _, ev := range events {
		keys := make([]string, 0, len(ev.Extras))
		for k := range ev.Extras {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + "=" + ev.Extras[k]
		}
		fmt.Printf("t+%-3d %-3s %-8s %-10s %s\n", ev.TS-1717200000, ev.UID, ev.Kind, ev.Page, strings.Join(parts, " "))
	}

	// Click-through: fraction of page views followed by a click on the same page by the same user.
	viewed := map[[2]string]bool{}
	clicked := map[[2]string]bool{}
	for _, ev := range events {
		k := [2]string{ev.UID, ev.Page}
		switch ev.Kind {
		case "view":
			viewed[k] = true
		case "click":
			if viewed[k] {
				clicked[k] = true
			}
		}
	}
	fmt.Printf("\nviews=%d with_click=%d ctr=%.0f%%\n", len(viewed), len(clicked), 100*float64(len(clicked))/float64(len(viewed)))

	var revenue float64
	for _, ev := range events {
		if ev.Kind == "purchase" {
			amt, _ := strconv.ParseFloat(ev.Extras["amount"], 64)
			revenue += amt
		}
	}
	fmt.Printf("revenue: %.2f EUR\n", revenue)
	for _, ev := range events {
		if raw, ok := ev.Extras["ref"]; ok {
			if ref, err := url.Parse(raw); err == nil {
				fmt.Printf("%s arrived from host %s with id=%s\n", ev.UID, ref.Host, ref.Query().Get("id"))
			}
		}
	}
}
