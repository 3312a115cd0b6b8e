package main

import (
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
)

type Link struct {
	Raw string
	URL *url.URL
	Err error
}

func (l Link) Canonical() string {
	u := *l.URL
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6 literal
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment = ""
	if u.Path == "" {
		u.Path = "/"
	} else {
		clean := path.Clean(u.Path)
		if strings.HasSuffix(u.Path, "/") && clean != "/" {
			clean += "/"
		}
		u.Path = clean
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(k, "utm_") {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // Encode sorts keys
	return u.String()
}

func parseAll(raws []string) []Link {
	links := make([]Link, 0, len(raws))
	for _, r := range raws {
		u, err := url.Parse(r)
		if err == nil && (u.Scheme == "" || u.Host == "") {
			err = fmt.Errorf("not absolute: %q", r)
		}
		links = append(links, Link{Raw: r, URL: u, Err: err})
	}
	return links
}

func main() {
	raws := []string{
		"HTTPS://Example.COM:443/a/b/../c/?b=2&a=1#top",
		"http://example.com:80",
		"https://user:pa%20ss@api.example.com:8443/v1/items?id=7&utm_source=x",
		"https://example.com/a/./b//c",
		"ftp://files.example.org/pub/readme.txt",
		"/relative/path?x=1",
		"http://[::1]:8080/health",
		"https://example.com/search?q=go+lang&utm_medium=email&page=3",
		"http://bad host/",
		"https://example.com/a/b/../c/?a=1&b=2",
	}
	links := parseAll(raws)
	seen := map[string][]int{}
	for i, l := range links {
		fmt.Printf("[%d] %s\n", i, l.Raw)
		if l.Err != nil {
			fmt.Printf("    error: %v\n", l.Err)
			continue
		}
		u := l.URL
		user := ""
		if u.User != nil {
			pw, _ := u.User.Password()
			user = fmt.Sprintf(" user=%s pass=%q", u.User.Username(), pw)
		}
		fmt.Printf("    scheme=%s host=%s port=%q path=%q%s\n", u.Scheme, u.Hostname(), u.Port(), u.Path, user)
		c := l.Canonical()
		fmt.Printf("    canonical=%s\n", c)
		seen[c] = append(seen[c], i)
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println("duplicates:")
	for _, k := range keys {
		if len(seen[k]) > 1 {
			fmt.Printf("  %v -> %s\n", seen[k], k)
		}
	}
	base, _ := url.Parse("https://example.com/docs/guide/intro.html")
	for _, ref := range []string{"../api/", "setup.html#install", "/about", "//cdn.example.net/x.js", "?v=2"} {
		r, _ := url.Parse(ref)
		fmt.Printf("resolve %-24q -> %s\n", ref, base.ResolveReference(r))
	}
}
