// h10: net/url analysis of referrer URLs: hosts, search terms, UTM sources, malformed input.
package main

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
)

var referrers = []string{
	"https://www.google.com/search?q=golang+csv+parser&hl=en",
	"https://www.google.com/search?q=go%20json%20rawmessage",
	"https://duckduckgo.com/?q=golang+csv+parser&ia=web",
	"https://news.ycombinator.com/item?id=39123456",
	"https://example.org/blog/post?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
	"https://Example.org:443/blog/post?utm_source=twitter&utm_campaign=spring#comments",
	"http://example.org/landing?utm_source=newsletter&utm_campaign=summer&utm_campaign=dup",
	"https://user:secret@intranet.local:8443/wiki/Runbooks/DB%20Failover",
	"android-app://com.google.android.gm/",
	"https://bad host/with space",
	"%zz://broken",
	"",
}

var searchEngines = map[string]string{
	"www.google.com": "q",
	"duckduckgo.com": "q",
}

func main() {
	hosts := map[string]int{}
	terms := map[string]int{}
	campaigns := map[string][]string{}

	for i, raw := range referrers {
		if raw == "" {
			fmt.Printf("[%2d] empty referrer (direct traffic)\n", i)
			hosts["(direct)"]++
			continue
		}
		u, err := url.Parse(raw)
		if err != nil {
			fmt.Printf("[%2d] parse error: %v\n", i, err)
			continue
		}
		host := strings.ToLower(u.Hostname())
		hosts[host]++

		q := u.Query()
		if param, ok := searchEngines[host]; ok {
			terms[q.Get(param)]++
		}
		if src := q.Get("utm_source"); src != "" {
			// Get returns the first value; show all values when duplicated.
			campaigns[src] = append(campaigns[src], q["utm_campaign"]...)
		}
		if u.User != nil {
			_, hasPw := u.User.Password()
			fmt.Printf("[%2d] credentials in URL for user %q (password=%t), redacted: %s\n",
				i, u.User.Username(), hasPw, u.Redacted())
			seg, _ := url.PathUnescape(u.EscapedPath())
			fmt.Printf("     path segments: %q\n", strings.Split(strings.Trim(seg, "/"), "/"))
		}
		if u.Port() != "" {
			fmt.Printf("[%2d] explicit port %s on %s (scheme %s)\n", i, u.Port(), host, u.Scheme)
		}
		if u.Fragment != "" {
			fmt.Printf("[%2d] fragment %q\n", i, u.Fragment)
		}
	}

	fmt.Println("\nreferrer hosts:")
	for _, h := range slices.Sorted(maps.Keys(hosts)) {
		fmt.Printf("  %-28s %d\n", h, hosts[h])
	}
	fmt.Println("\nsearch terms:")
	for _, t := range slices.Sorted(maps.Keys(terms)) {
		fmt.Printf("  %-26q %d\n", t, terms[t])
	}
	fmt.Println("\nutm campaigns by source:")
	for _, s := range slices.Sorted(maps.Keys(campaigns)) {
		c := slices.Clone(campaigns[s])
		slices.Sort(c)
		fmt.Printf("  %-10s %v\n", s, slices.Compact(c))
	}

	// Build a canonical tracking URL; Values.Encode sorts keys.
	base := &url.URL{Scheme: "https", Host: "example.org", Path: "/go/a b"}
	v := url.Values{}
	v.Set("utm_source", "report")
	v.Add("tag", "csv&json")
	v.Add("tag", "logs")
	base.RawQuery = v.Encode()
	fmt.Println("\ncanonical:", base.String())
	ref, _ := url.Parse("../img/logo.png?v=2")
	fmt.Println("resolved: ", base.ResolveReference(ref))
}
