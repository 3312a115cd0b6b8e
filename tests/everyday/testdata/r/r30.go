package main

import (
	"bufio"
	"fmt"
	"mime"
	"net/textproto"
	"slices"
	"strconv"
	"strings"
)

const rawRequest = "POST /upload?dry=1 HTTP/1.1\r\n" +
	"Host: api.example.com\r\n" +
	"content-type: multipart/form-data; boundary=----XyZ; charset=utf-8\r\n" +
	"Accept: text/html;q=0.8, application/json, */*;q=0.1, application/xml;q=0.9\r\n" +
	"Accept-Language: de-CH, fr;q=0.9, en;q=0.8, *;q=0.5\r\n" +
	"X-Forwarded-For: 203.0.113.7, 10.0.0.2\r\n" +
	"x-forwarded-for: 10.0.0.3\r\n" +
	"Cookie: session=abc123; theme=dark; lang=de\r\n" +
	"Content-Length: 348\r\n" +
	"X-Long-Header: part one\r\n" +
	"  continued part two\r\n" +
	"\r\n"

type Preference struct {
	Value string
	Q     float64
}

func parseQList(h string) []Preference {
	var out []Preference
	for part := range strings.SplitSeq(h, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		p := Preference{Value: strings.TrimSpace(fields[0]), Q: 1}
		for _, param := range fields[1:] {
			if k, v, ok := strings.Cut(strings.TrimSpace(param), "="); ok && k == "q" {
				if q, err := strconv.ParseFloat(v, 64); err == nil {
					p.Q = q
				}
			}
		}
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b Preference) int {
		switch {
		case a.Q > b.Q:
			return -1
		case a.Q < b.Q:
			return 1
		}
		return 0
	})
	return out
}

func main() {
	tp := textproto.NewReader(bufio.NewReader(strings.NewReader(rawRequest)))
	reqLine, err := tp.ReadLine()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	method, rest, _ := strings.Cut(reqLine, " ")
	target, proto, _ := strings.Cut(rest, " ")
	fmt.Printf("method=%s target=%s proto=%s\n", method, target, proto)

	hdr, err := tp.ReadMIMEHeader()
	if err != nil {
		fmt.Println("header error:", err)
		return
	}
	keys := make([]string, 0, len(hdr))
	for k := range hdr {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("  %-16s %q\n", k, hdr[k])
	}

	mt, params, err := mime.ParseMediaType(hdr.Get("content-type"))
	fmt.Printf("media type: %s params=%v err=%v\n", mt, params, err)

	fmt.Println("accept (by preference):")
	for _, p := range parseQList(hdr.Get("Accept")) {
		fmt.Printf("  %-18s q=%.1f\n", p.Value, p.Q)
	}
	langs := parseQList(hdr.Get("Accept-Language"))
	supported := []string{"en", "fr", "it"}
	for _, l := range langs {
		base, _, _ := strings.Cut(l.Value, "-")
		if slices.Contains(supported, base) {
			fmt.Printf("negotiated language: %s (from %s q=%.1f)\n", base, l.Value, l.Q)
			break
		}
	}
	var hops []string
	for _, v := range hdr.Values("X-Forwarded-For") {
		for ip := range strings.SplitSeq(v, ",") {
			hops = append(hops, strings.TrimSpace(ip))
		}
	}
	fmt.Println("client ip:", hops[0], "proxies:", hops[1:])
	cookies := map[string]string{}
	for c := range strings.SplitSeq(hdr.Get("Cookie"), ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(c), "=")
		cookies[k] = v
	}
	fmt.Println("cookie session:", cookies["session"], "theme:", cookies["theme"])
	n, _ := strconv.Atoi(hdr.Get("Content-Length"))
	fmt.Printf("body length %d bytes (%.2f KiB)\n", n, float64(n)/1024)
	fmt.Println("canonical key of \"x-custom-id\":", textproto.CanonicalMIMEHeaderKey("x-custom-id"))
}
