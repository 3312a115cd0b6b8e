// h35: log template mining: mask variable tokens, cluster messages, and rank templates.
package main

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

const messages = `Connection from 10.1.4.22 port 51234 accepted
Connection from 10.1.4.23 port 51300 accepted
User alice logged in after 3 attempts
Request 7f3a9c21 took 153ms status=200
Request 0b11ee90 took 2041ms status=504
Connection from 192.168.0.7 port 443 refused
User bob logged in after 1 attempts
Request a0a0a0a0 took 87ms status=200
Disk /dev/sda1 at 91% capacity
Disk /dev/nvme0n1p2 at 78% capacity
Request 55aa55aa took 96ms status=200
Connection from 10.1.4.22 port 51288 accepted
Cache warmup finished in 12.5s`

type masker struct {
	re  *regexp.Regexp
	tok string
}

// Order matters: more specific patterns first.
var maskers = []masker{
	{regexp.MustCompile(`^\d{1,3}(\.\d{1,3}){3}$`), "<IP>"},
	{regexp.MustCompile(`^/dev/\S+$`), "<DEV>"},
	{regexp.MustCompile(`^\d+(\.\d+)?(ms|s|%)$`), "<QTY>"},
	{regexp.MustCompile(`^[0-9a-f]{8}$`), "<HEX>"},
	{regexp.MustCompile(`^\w+=\d+$`), "<KV>"},
	{regexp.MustCompile(`^\d+$`), "<NUM>"},
}

func template(msg string) (string, []string) {
	fields := strings.Fields(msg)
	var params []string
	for i, f := range fields {
		for _, m := range maskers {
			if m.re.MatchString(f) {
				params = append(params, f)
				fields[i] = m.tok
				break
			}
		}
	}
	return strings.Join(fields, " "), params
}

type cluster struct {
	tmpl    string
	count   int
	samples [][]string
}

func main() {
	clusters := map[string]*cluster{}
	for _, msg := range strings.Split(messages, "\n") {
		t, params := template(msg)
		c := clusters[t]
		if c == nil {
			c = &cluster{tmpl: t}
			clusters[t] = c
		}
		c.count++
		c.samples = append(c.samples, params)
	}

	// A second pass merges templates differing only in one literal token
	// (e.g. "accepted" vs "refused"), replacing it with a wildcard.
	merged := map[string]*cluster{}
	keys := slices.Sorted(func(y func(string) bool) {
		for k := range clusters {
			if !y(k) {
				return
			}
		}
	})
	for _, k := range keys {
		c := clusters[k]
		placed := false
		for _, mk := range slices.Sorted(func(y func(string) bool) {
			for k := range merged {
				if !y(k) {
					return
				}
			}
		}) {
			a, b := strings.Fields(mk), strings.Fields(k)
			if len(a) != len(b) {
				continue
			}
			diff, at := 0, -1
			for i := range a {
				if a[i] != b[i] {
					diff, at = diff+1, i
				}
			}
			if diff == 1 && !strings.HasPrefix(a[at], "<") {
				a[at] = "<*>"
				m := merged[mk]
				delete(merged, mk)
				m.tmpl = strings.Join(a, " ")
				m.count += c.count
				m.samples = append(m.samples, c.samples...)
				merged[m.tmpl] = m
				placed = true
				break
			}
		}
		if !placed {
			merged[k] = &cluster{tmpl: c.tmpl, count: c.count, samples: c.samples}
		}
	}

	list := make([]*cluster, 0, len(merged))
	for _, c := range merged {
		list = append(list, c)
	}
	slices.SortFunc(list, func(a, b *cluster) int {
		return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.tmpl, b.tmpl))
	})
	fmt.Printf("%d messages -> %d raw templates -> %d merged\n\n", len(strings.Split(messages, "\n")), len(clusters), len(list))
	for _, c := range list {
		fmt.Printf("%3d  %s\n", c.count, c.tmpl)
		fmt.Printf("     first params: %v\n", c.samples[0])
	}
}
