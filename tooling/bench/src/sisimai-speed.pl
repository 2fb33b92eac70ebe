#!/usr/bin/perl
# Times Sisimai->make over the email files named on standard input (one path a line), inside
# Perl so that start-up and module loading are not counted, and prints one JSON object:
# { "version", "emails", "records", "cpuSeconds", "emailsPerSecond", "wallEmailsPerSecond" }.
# The files are read into memory first and parsed from there, as the Node side parses from
# memory. After a warm-up pass, SISIMAI_ROUNDS passes (default 5) are timed together: by CPU
# time (user + system, what the rate and the bench's ratio use, as other processes on a busy
# machine hardly change it) and by wall-clock time.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my @paths = grep { length } map { chomp; $_ } <STDIN>;
my @emails;
for my $path (@paths) {
    open my $handle, '<:raw', $path or die "cannot read $path: $!\n";
    local $/;
    push @emails, scalar <$handle>;
    close $handle;
}
die "no email files given on standard input\n" unless @emails;

sub pass {
    my $records = 0;
    for my $email (@emails) {
        my $copy = $email;    # Sisimai may alter the text it is given
        my $list = Sisimai->make(\$copy, 'delivered' => 1);
        $records += scalar @$list if $list;
    }
    return $records;
}

my $rounds = $ENV{SISIMAI_ROUNDS} || 5;
my $records = pass();    # warm-up: loads every lazily required module
my ($user, $system) = times;
my $start = time;
pass() for 1 .. $rounds;
my $wall = time - $start;
my ($userAfter, $systemAfter) = times;
my $cpu = ($userAfter - $user) + ($systemAfter - $system);
my $parsed = scalar(@emails) * $rounds;
printf "{\"version\":\"%s\",\"emails\":%d,\"records\":%d,\"cpuSeconds\":%.3f,\"emailsPerSecond\":%.2f,\"wallEmailsPerSecond\":%.2f}\n",
    $Sisimai::VERSION, scalar @emails, $records, $cpu, $parsed / $cpu, $parsed / $wall;
