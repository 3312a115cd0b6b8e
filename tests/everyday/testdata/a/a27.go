// Parse marketing URLs offline with net/url and summarise UTM campaign parameters.
package main

import (
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

var clicks = []string{
	"https://shop.example.com/products/42?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&ref=abc",
	"https://shop.example.com/products/42?utm_source=Newsletter&utm_medium=Email&utm_campaign=spring_sale",
	"https://shop.example.com/cart?utm_source=google&utm_medium=cpc&utm_campaign=brand&gclid=XyZ123",
	"http://SHOP.example.com:80/?utm_source=facebook&utm_medium=social&utm_campaign=spring%20sale",
	"https://shop.example.com/search?q=coffee+grinder&utm_source=google&utm_medium=organic",
	"https://blog.example.com/posts/brewing-guide#comments",
	"https://shop.example.com/products/7?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&utm_content=hero",
	"::not a url::",
	"https://shop.example.com/checkout?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_campaign=dup",
	"https://user:secret@shop.example.com/account?tab=orders",
}

type Campaign struct {
	Source, Medium, Name string
}

func (c Campaign) String() string {
	return c.Source + "/" + c.Medium + "/" + c.Name
}

var trackingParams = map[string]bool{"gclid": true, "ref": true, "fbclid": true}

func canonical(u *url.URL) string {
	c := *u
	c.Scheme = "https"
	c.Host = strings.ToLower(c.Hostname())
	c.User = nil
	c.Fragment = ""
	q := c.Query()
	for k := range q {
		if strings.HasPrefix(k, "utm_") || trackingParams[k] {
			q.Del(k)
		}
	}
	c.RawQuery = q.Encode() // Encode sorts keys
	if c.Path == "" {
		c.Path = "/"
	}
	return c.String()
}

func main() {
	counts := map[Campaign]int{}
	pages := map[string]int{}
	var errs []string
	for _, raw := range clicks {
		u, err := url.Parse(raw)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		q := u.Query()
		c := Campaign{
			Source: strings.ToLower(q.Get("utm_source")),
			Medium: strings.ToLower(q.Get("utm_medium")),
			Name:   strings.ReplaceAll(strings.ToLower(q.Get("utm_campaign")), " ", "_"),
		}
		if c.Source == "" {
			c.Source = "(direct)"
		}
		if len(q["utm_campaign"]) > 1 {
			fmt.Printf("warning: %d utm_campaign values in %s, using first\n", len(q["utm_campaign"]), u.Path)
		}
		if u.User != nil {
			fmt.Printf("warning: credentials for user %q embedded in URL (redacted: %s)\n", u.User.Username(), u.Redacted())
		}
		counts[c]++
		pages[canonical(u)]++
	}

	camps := make([]Campaign, 0, len(counts))
	for c := range counts {
		camps = append(camps, c)
	}
	sort.Slice(camps, func(i, j int) bool {
		if counts[camps[i]] != counts[camps[j]] {
			return counts[camps[i]] > counts[camps[j]]
		}
		return camps[i].String() < camps[j].String()
	})
	fmt.Println()
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tMEDIUM\tCAMPAIGN\tCLICKS")
	for _, c := range camps {
		name := c.Name
		if name == "" {
			name = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", c.Source, c.Medium, name, counts[c])
	}
	tw.Flush()

	fmt.Println("\nCanonical landing pages:")
	keys := make([]string, 0, len(pages))
	for k := range pages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %d  %s\n", pages[k], k)
	}

	fmt.Println("\nParse errors:")
	for _, e := range errs {
		fmt.Println("  " + e)
	}

	fmt.Println("\nBuilding a URL:")
	v := url.Values{}
	v.Set("q", "cold brew & filters")
	v.Add("tag", "b")
	v.Add("tag", "a")
	u := url.URL{Scheme: "https", Host: "shop.example.com", Path: "/search results/page 1", RawQuery: v.Encode()}
	fmt.Println("  " + u.String())
	fmt.Println("  escaped path:", u.EscapedPath(), "| query escape:", url.QueryEscape("a+b c/d"))
	ref, _ := url.Parse("../img/logo.png?v=3")
	base, _ := url.Parse("https://shop.example.com/products/42/details")
	fmt.Println("  resolved ref:", base.ResolveReference(ref))
}
