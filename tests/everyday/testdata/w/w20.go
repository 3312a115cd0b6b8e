package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const accessLog = `10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /api/users HTTP/1.1" 200 512 0.023
10.0.0.2 - - [12/Mar/2024:10:00:02] "POST /api/login HTTP/1.1" 401 64 0.110
10.0.0.1 - - [12/Mar/2024:10:00:03] "GET /api/users/42 HTTP/1.1" 200 256 0.015
garbage line that does not match
10.0.0.3 - - [12/Mar/2024:10:00:05] "GET /static/app.js HTTP/1.1" 304 0 0.002
10.0.0.2 - - [12/Mar/2024:10:00:06] "POST /api/login HTTP/1.1" 200 128 0.090
10.0.0.4 - - [12/Mar/2024:10:00:09] "GET /api/orders HTTP/1.1" 500 32 1.502
10.0.0.1 - - [12/Mar/2024:10:00:10] "DELETE /api/users/42 HTTP/1.1" 204 0 0.040
10.0.0.3 - - [12/Mar/2024:10:00:12] "GET /api/orders HTTP/1.1" 200 2048 0.310
`

var lineRE = regexp.MustCompile(`^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]+" (\d{3}) (\d+) ([\d.]+)$`)

type Entry struct {
	IP, Method, Path string
	Status, Bytes    int
	Latency          float64
}

type PathStats struct {
	Hits    int
	Bytes   int
	Latency float64
	Errors  int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(accessLog))
	var entries []Entry
	lineNo := 0
	for sc.Scan() {
		lineNo++
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("skip line %d: %q\n", lineNo, sc.Text())
			continue
		}
		status, _ := strconv.Atoi(m[5])
		bytes, _ := strconv.Atoi(m[6])
		lat, _ := strconv.ParseFloat(m[7], 64)
		entries = append(entries, Entry{m[1], m[3], m[4], status, bytes, lat})
	}

	byClass := map[string]int{}
	byPath := map[string]*PathStats{}
	ipCount := map[string]int{}
	idRE := regexp.MustCompile(`/\d+`)
	for _, e := range entries {
		byClass[strconv.Itoa(e.Status/100)+"xx"]++
		key := e.Method + " " + idRE.ReplaceAllString(e.Path, "/:id")
		ps, ok := byPath[key]
		if !ok {
			ps = &PathStats{}
			byPath[key] = ps
		}
		ps.Hits++
		ps.Bytes += e.Bytes
		ps.Latency += e.Latency
		if e.Status >= 400 {
			ps.Errors++
		}
		ipCount[e.IP]++
	}

	classes := make([]string, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		fmt.Printf("%s: %d\n", c, byClass[c])
	}

	keys := make([]string, 0, len(byPath))
	for k := range byPath {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := byPath[keys[i]], byPath[keys[j]]
		if a.Hits != b.Hits {
			return a.Hits > b.Hits
		}
		return keys[i] < keys[j]
	})
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "ROUTE\tHITS\tBYTES\tAVG_MS\tERR%\t")
	for _, k := range keys {
		ps := byPath[k]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%.0f\t\n", k, ps.Hits, ps.Bytes, ps.Latency/float64(ps.Hits)*1000, float64(ps.Errors)/float64(ps.Hits)*100)
	}
	tw.Flush()

	type ipc struct {
		ip string
		n  int
	}
	var ips []ipc
	for ip, n := range ipCount {
		ips = append(ips, ipc{ip, n})
	}
	sort.SliceStable(ips, func(i, j int) bool { return ips[i].ip < ips[j].ip })
	sort.SliceStable(ips, func(i, j int) bool { return ips[i].n > ips[j].n })
	fmt.Println("top ips:", ips)
	fmt.Println(lineRE.NumSubexp(), idRE.FindAllString("/a/1/b/22/c", -1), idRE.MatchString("/x"))
}
