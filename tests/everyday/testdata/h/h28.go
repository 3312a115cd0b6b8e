// h28: syslog-style parsing with named regexp groups; per-hour level histogram as a text chart.
package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

const syslog = `Jun  3 08:01:22 api-1 app[311]: INFO request ok
Jun  3 08:15:09 api-1 app[311]: WARN retrying upstream
Jun  3 08:47:51 api-2 app[412]: ERROR upstream refused connection
Jun  3 09:02:00 api-2 app[412]: INFO request ok
Jun  3 09:05:13 api-1 app[311]: INFO request ok
Jun  3 09:05:14 db-1 postgres[99]: LOG checkpoint starting
Jun  3 09:30:40 api-1 app[311]: ERROR timeout after 30s
Jun  3 09:31:02 api-1 app[311]: ERROR timeout after 30s
Jun  3 09:59:59 api-2 app[412]: WARN slow response 2.1s
Jun  3 10:00:00 api-2 app[412]: INFO request ok
Jun  3 10:12:45 cron kernel: Out of memory: Killed process 4242
Jun  3 10:40:03 api-1 app[311]: INFO request ok
Jun  3 11:20:00 api-1 app[311]: CRITICAL disk full`

var re = regexp.MustCompile(
	`^(?P<month>\w{3})\s+(?P<day>\d{1,2}) (?P<hour>\d{2}):\d{2}:\d{2} (?P<host>\S+) (?P<proc>[\w-]+)(?:\[(?P<pid>\d+)\])?: (?:(?P<level>[A-Z]+) )?(?P<msg>.*)$`)

var severity = map[string]int{"DEBUG": 0, "INFO": 1, "LOG": 1, "WARN": 2, "ERROR": 3, "CRITICAL": 4}

func main() {
	idx := func(name string) int { return re.SubexpIndex(name) }
	levels := []string{"INFO", "WARN", "ERROR", "OTHER"}
	perHour := map[string]map[string]int{}
	procs := map[string]map[string]bool{}
	worst := map[string]string{}

	for _, line := range strings.Split(syslog, "\n") {
		m := re.FindStringSubmatch(line)
		if m == nil {
			fmt.Println("unparsed:", line)
			continue
		}
		hour, host, level := m[idx("hour")]+":00", m[idx("host")], m[idx("level")]
		bucket := level
		switch level {
		case "INFO", "LOG":
			bucket = "INFO"
		case "WARN", "ERROR":
		default:
			bucket = "OTHER"
		}
		if perHour[hour] == nil {
			perHour[hour] = map[string]int{}
		}
		perHour[hour][bucket]++

		if procs[host] == nil {
			procs[host] = map[string]bool{}
		}
		proc := m[idx("proc")]
		if pid := m[idx("pid")]; pid != "" {
			proc += "/" + pid
		}
		procs[host][proc] = true
		if level == "" {
			level = "?"
			fmt.Printf("no level on %s: %q\n", host, m[idx("msg")])
		}
		if cur, ok := worst[host]; !ok || severity[level] > severity[cur] {
			worst[host] = level
		}
	}

	hours := make([]string, 0, len(perHour))
	for h := range perHour {
		hours = append(hours, h)
	}
	slices.Sort(hours)
	symbols := map[string]string{"INFO": ".", "WARN": "w", "ERROR": "E", "OTHER": "?"}
	fmt.Println("\nhour   " + strings.Join(levels, " "))
	for _, h := range hours {
		var bar strings.Builder
		cells := make([]string, len(levels))
		for i, l := range levels {
			n := perHour[h][l]
			cells[i] = fmt.Sprintf("%*d", len(l), n)
			bar.WriteString(strings.Repeat(symbols[l], n))
		}
		fmt.Printf("%s  %s  |%s\n", h, strings.Join(cells, " "), bar.String())
	}

	fmt.Println("\nhosts:")
	hosts := make([]string, 0, len(procs))
	for h := range procs {
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	for _, h := range hosts {
		ps := make([]string, 0, len(procs[h]))
		for p := range procs[h] {
			ps = append(ps, p)
		}
		slices.Sort(ps)
		fmt.Printf("  %-6s worst=%-8s procs=%s\n", h, worst[h], strings.Join(ps, ","))
	}
}
