package main

import (
	"bufio"
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

const syslog = `<34>Oct 11 22:14:15 web01 sshd[4721]: Failed password for root from 203.0.113.9 port 52144 ssh2
<34>Oct 11 22:14:18 web01 sshd[4721]: Failed password for root from 203.0.113.9 port 52150 ssh2
<38>Oct 11 22:15:02 web01 sshd[4790]: Accepted publickey for deploy from 198.51.100.4 port 61000 ssh2
<30>Oct 11 22:16:40 db02 postgres[811]: checkpoint complete: wrote 412 buffers
<34>Oct 11 22:17:01 web02 sshd[5012]: Failed password for invalid user admin from 203.0.113.9 port 40022 ssh2
<13>Oct 11 22:17:30 web02 CRON[5100]: (root) CMD (run-parts /etc/cron.hourly)
<27>Oct 11 22:18:45 db02 kernel: Out of memory: Killed process 811 (postgres)
<34>Oct 11 22:19:12 web01 sshd[5230]: Failed password for alice from 192.0.2.77 port 33001 ssh2
not a syslog line
<38>Oct 11 22:20:00 web02 sshd[5301]: Accepted password for alice from 192.0.2.77 port 33010 ssh2`

var (
	syslogRE = regexp.MustCompile(`^<(?P<pri>\d+)>(?P<ts>\w{3} [ \d]\d \d{2}:\d{2}:\d{2}) (?P<host>\S+) (?P<app>[\w-]+)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$`)
	sshRE    = regexp.MustCompile(`(?P<result>Failed|Accepted) (?P<method>\w+) for (?:invalid user )?(?P<user>\S+) from (?P<ip>[\d.]+)`)
)

var severities = []string{"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"}
var facilities = map[int]string{0: "kern", 1: "user", 3: "daemon", 4: "auth", 9: "cron"}

type Message struct {
	Facility, Severity string
	Time               time.Time
	Host, App          string
	PID                int
	Text               string
}

func named(re *regexp.Regexp, s string) map[string]string {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	out := map[string]string{}
	for i, n := range re.SubexpNames() {
		if n != "" {
			out[n] = m[i]
		}
	}
	return out
}

func parse(line string) (Message, bool) {
	g := named(syslogRE, line)
	if g == nil {
		return Message{}, false
	}
	pri, _ := strconv.Atoi(g["pri"])
	ts, _ := time.Parse(time.Stamp, g["ts"])
	pid, _ := strconv.Atoi(g["pid"])
	fac, ok := facilities[pri/8]
	if !ok {
		fac = "fac" + strconv.Itoa(pri/8)
	}
	return Message{fac, severities[pri%8], ts.AddDate(2023, 0, 0), g["host"], g["app"], pid, g["msg"]}, true
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(syslog))
	failsByIP := map[string]int{}
	usersByIP := map[string]map[string]bool{}
	bySev := map[string]int{}
	for sc.Scan() {
		m, ok := parse(sc.Text())
		if !ok {
			fmt.Printf("unparsed: %q\n", sc.Text())
			continue
		}
		bySev[m.Severity]++
		pid := "-"
		if m.PID > 0 {
			pid = strconv.Itoa(m.PID)
		}
		fmt.Printf("%s %-6s %-14s %-8s %5s %.48s\n", m.Time.Format("01-02 15:04:05"), m.Host, m.Facility+"."+m.Severity, m.App, pid, m.Text)
		if s := named(sshRE, m.Text); s != nil && s["result"] == "Failed" {
			failsByIP[s["ip"]]++
			if usersByIP[s["ip"]] == nil {
				usersByIP[s["ip"]] = map[string]bool{}
			}
			usersByIP[s["ip"]][s["user"]] = true
		}
	}
	fmt.Println("by severity:")
	for _, s := range severities {
		if n := bySev[s]; n > 0 {
			fmt.Printf("  %-8s %d\n", s, n)
		}
	}
	ips := slices.SortedFunc(maps.Keys(failsByIP), func(a, b string) int {
		return cmp.Or(cmp.Compare(failsByIP[b], failsByIP[a]), cmp.Compare(a, b))
	})
	fmt.Println("failed ssh logins:")
	for _, ip := range ips {
		flag := ""
		if failsByIP[ip] >= 3 {
			flag = "  <-- block"
		}
		fmt.Printf("  %-14s %d users=%v%s\n", ip, failsByIP[ip], slices.Sorted(maps.Keys(usersByIP[ip])), flag)
	}
}
